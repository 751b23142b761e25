<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="78"/>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="81"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="83"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="90"/>
        <source>She will be asked to choose her own password at her first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="92"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="93"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="94"/>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="57"/>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="58"/>
        <source>This account manages users, settings and backups, and reviews cases as a supervisor. Choose a password only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="61"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="63"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="68"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="70"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="83"/>
        <source>2–32 characters: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CenterPage</name>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="37"/>
        <source>Welcome to Kadın Danışma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="38"/>
        <source>This creates the encrypted vault for your center. Everything you record stays in it, encrypted, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="41"/>
        <source>Center name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="44"/>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="46"/>
        <source>&amp;Center name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="47"/>
        <source>Vault folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="151"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="154"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="157"/>
        <source>An administrator set your password. Choose your own now; only you will know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="158"/>
        <source>Changing your password does not touch the data; only your key slot is rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="160"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="171"/>
        <source>Check the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="175"/>
        <source>Recovery key group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="190"/>
        <source>To show it was written down, type group %1 of the recovery key (six digits) from your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="201"/>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="202"/>
        <source>That is not group %1. Look at your copy again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="97"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="101"/>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="107"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="114"/>
        <source>This key opens the vault if every password is forgotten. It is shown only now. Write it down or print it, and keep it locked away from this computer. Anyone with this key and the vault folder can read everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="117"/>
        <source>I have &amp;written down the recovery key and will keep it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="140"/>
        <source>Creating the encrypted vault… (measuring this computer&apos;s speed to set the key derivation; a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="151"/>
        <source>The vault is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="161"/>
        <source>The vault could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kadin_danisma/gui/main_window.py" line="28"/>
        <source>Kadın Danışma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/main_window.py" line="120"/>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="65"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="67"/>
        <source>Signed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="68"/>
        <source>Users and roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="69"/>
        <source>Last backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="70"/>
        <source>Audit log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="71"/>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="73"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="74"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="75"/>
        <source>&amp;Verify vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="97"/>
        <source>Checking the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="113"/>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="117"/>
        <source>Never backed up. Make a backup now and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="122"/>
        <source>%1 (%2 days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="124"/>
        <source>older than 7 days: back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="130"/>
        <source>Intact: %1 entries, each chained to the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="134"/>
        <source>BROKEN: the audit log was altered (%1). Tell your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="137"/>
        <source>SQLCipher %1, schema level %2, idle lock after %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="147"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="153"/>
        <source>Backup written and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="158"/>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="162"/>
        <source>Verifying every page and the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="169"/>
        <source>Vault verified: every page authenticated, audit chain intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="172"/>
        <source>Verification FAILED (%1). Restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="51"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="52"/>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="55"/>
        <source>Password requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="58"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="59"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="89"/>
        <source>Password needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="91"/>
        <source>The two passwords do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="93"/>
        <source>Password meets the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="95"/>
        <source>At least 10 characters; not a common password; not your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="189"/>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="198"/>
        <source>The old recovery key no longer works. Write this one down now; it is not shown again. Keep it locked away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryWorkspace</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="109"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="115"/>
        <source>Set a &amp;new password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="116"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="124"/>
        <source>Unlocked with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="126"/>
        <source>The recovery key only lets you set a new password for a user. Choose the account, set a password, then sign in with it. This is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="144"/>
        <source>New password set for %1. Lock, then sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="128"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="131"/>
        <source>New password for %1. She must change it at her next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="133"/>
        <source>New password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="36"/>
        <source>counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="37"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="38"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="31"/>
        <source>Center name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="34"/>
        <source>Idle lock minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="36"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="37"/>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="38"/>
        <source>&amp;New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="42"/>
        <source>&amp;Center name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="43"/>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="48"/>
        <source>A new recovery key makes the old one useless. Do this if the printed key was lost or seen by someone who should not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="76"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="81"/>
        <source>Making a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="87"/>
        <source>A new recovery key was made; the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="51"/>
        <source>Kadın Danışma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="52"/>
        <source>The vault is locked. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="60"/>
        <source>Unlock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="84"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="85"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="86"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="88"/>
        <source>Use the &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="90"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="91"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="111"/>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="113"/>
        <source>Unlocking… (deriving the key takes a moment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="132"/>
        <source>Type the 48-digit recovery key printed when the vault was created. Each group of six digits is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="135"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="142"/>
        <source>Unlock with recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="144"/>
        <source>&amp;Back to password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="174"/>
        <source>Group %1 is not right: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="176"/>
        <source>All eight groups look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="179"/>
        <source>%1 of 8 groups typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="186"/>
        <source>Checking the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="56"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="56"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="56"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="71"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="72"/>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="72"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="87"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="93"/>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="94"/>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="95"/>
        <source>&amp;Disable user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="104"/>
        <source>Each user has her own password. Disabling a user removes her key: her password no longer opens the vault. Every change here is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="143"/>
        <source>User added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="151"/>
        <source>Password reset for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="158"/>
        <location filename="../kadin_danisma/gui/users_page.py" line="170"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="161"/>
        <source>Disable %1? Her password will no longer open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="172"/>
        <source>%1 was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="46"/>
        <source>Change &amp;my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="47"/>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="48"/>
        <source>Lock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="59"/>
        <source>%1 failed sign-in attempt(s) on your account since your last sign-in. If that was not you, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="63"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="69"/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="70"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WorkerDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="61"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="38"/>
        <source>Save backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="38"/>
        <source>Kadın Danışma backup (*.kdbackup)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
