<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="78"/>
        <source>Add a user</source>
        <translation>Kullanıcı ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="81"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="83"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="90"/>
        <source>She will be asked to choose her own password at her first sign-in.</source>
        <translation>İlk girişinde kendi parolasını belirlemesi istenecek.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="92"/>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="93"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Ad soyad:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="94"/>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="56"/>
        <source>The first administrator</source>
        <translation>İlk yönetici</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="57"/>
        <source>This account manages users, settings and backups, and reviews cases as a supervisor. Choose a password only you know.</source>
        <translation>Bu hesap kullanıcıları, ayarları ve yedekleri yönetir; süpervizör olarak dosyaları inceler. Yalnızca sizin bildiğiniz bir parola seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="60"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="62"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="67"/>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="69"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Ad soyad:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="86"/>
        <source>2–32 characters: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>2–32 karakter: küçük harf a–z, rakam, &apos;.&apos;, &apos;_&apos; veya &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>CenterPage</name>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="36"/>
        <source>Welcome to Kadın Danışma</source>
        <translation>Kadın Danışma’ya hoş geldiniz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="37"/>
        <source>This creates the encrypted vault for your center. Everything you record stays in it, encrypted, on this computer.</source>
        <translation>Bu adım merkeziniz için şifreli kasayı oluşturur. Kaydettiğiniz her şey bu bilgisayarda, şifreli olarak kasada kalır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="40"/>
        <source>Center name</source>
        <translation>Merkez adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="43"/>
        <source>Vault folder</source>
        <translation>Kasa klasörü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="45"/>
        <source>&amp;Center name:</source>
        <translation>&amp;Merkez adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="46"/>
        <source>Vault folder:</source>
        <translation>Kasa klasörü:</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="154"/>
        <source>Change my password</source>
        <translation>Parolamı değiştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="157"/>
        <source>Current password</source>
        <translation>Mevcut parola</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="160"/>
        <source>An administrator set your password. Choose your own now; only you will know it.</source>
        <translation>Parolanızı bir yönetici belirledi. Şimdi kendi parolanızı seçin; onu yalnızca siz bileceksiniz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="161"/>
        <source>Changing your password does not touch the data; only your key slot is rewritten.</source>
        <translation>Parola değiştirmek verilere dokunmaz; yalnızca sizin anahtar yuvanız yeniden yazılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="163"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Mevcut parola:</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="170"/>
        <source>Check the recovery key</source>
        <translation>Kurtarma anahtarını doğrulayın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="174"/>
        <source>Recovery key group</source>
        <translation>Kurtarma anahtarı grubu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="189"/>
        <source>To show it was written down, type group %1 of the recovery key (six digits) from your copy.</source>
        <translation>Not aldığınızı göstermek için, kopyanızdan kurtarma anahtarının %1. grubunu (altı rakam) yazın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="200"/>
        <source>Correct.</source>
        <translation>Doğru.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="201"/>
        <source>That is not group %1. Look at your copy again.</source>
        <translation>Bu %1. grup değil. Kopyanıza yeniden bakın.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="100"/>
        <source>Your recovery key</source>
        <translation>Kurtarma anahtarınız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="104"/>
        <source>Creating the encrypted vault…</source>
        <translation>Şifreli kasa oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="110"/>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="113"/>
        <source>This key opens the vault if every password is forgotten. It is shown only now. Write it down or print it, and keep it locked away from this computer. Anyone with this key and the vault folder can read everything.</source>
        <translation>Bu anahtar, bütün parolalar unutulursa kasayı açar. Yalnızca şimdi gösterilir. Not alın ya da yazdırın ve bu bilgisayardan uzakta, kilitli bir yerde saklayın. Bu anahtara ve kasa klasörüne sahip olan herkes her şeyi okuyabilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="116"/>
        <source>I have &amp;written down the recovery key and will keep it safe</source>
        <translation>Kurtarma anahtarını &amp;not aldım ve güvenle saklayacağım</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="139"/>
        <source>Creating the encrypted vault… (measuring this computer&apos;s speed to set the key derivation; a few seconds)</source>
        <translation>Şifreli kasa oluşturuluyor… (anahtar türetme ayarı için bu bilgisayarın hızı ölçülüyor; birkaç saniye sürer)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="150"/>
        <source>The vault is ready.</source>
        <translation>Kasa hazır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/setup_wizard.py" line="160"/>
        <source>The vault could not be created: %1</source>
        <translation>Kasa oluşturulamadı: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kadin_danisma/gui/main_window.py" line="29"/>
        <location filename="../kadin_danisma/gui/main_window.py" line="75"/>
        <source>Kadın Danışma</source>
        <translation>Kadın Danışma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/main_window.py" line="142"/>
        <source>Locked.</source>
        <translation>Kilitlendi.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="13"/>
        <source>at least 10 characters</source>
        <translation>en az 10 karakter</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="14"/>
        <source>at most 1024 characters</source>
        <translation>en çok 1024 karakter</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="15"/>
        <source>not a common password</source>
        <translation>yaygın bir parola olmamalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="16"/>
        <source>must not contain the user name</source>
        <translation>kullanıcı adını içermemeli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="17"/>
        <source>not one character repeated</source>
        <translation>tek bir karakterin tekrarı olmamalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="25"/>
        <source>The center name is required.</source>
        <translation>Merkez adı gereklidir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="26"/>
        <source>A user with this name already exists.</source>
        <translation>Bu adla bir kullanıcı zaten var.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="29"/>
        <source>There is no such user.</source>
        <translation>Böyle bir kullanıcı yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="30"/>
        <source>This user is already disabled.</source>
        <translation>Bu kullanıcı zaten devre dışı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="33"/>
        <source>You cannot disable your own account.</source>
        <translation>Kendi hesabınızı devre dışı bırakamazsınız.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="36"/>
        <source>The last administrator cannot be disabled.</source>
        <translation>Son yönetici devre dışı bırakılamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="39"/>
        <source>Choose at least one role.</source>
        <translation>En az bir rol seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="40"/>
        <source>This user is disabled.</source>
        <translation>Bu kullanıcı devre dışı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="41"/>
        <source>The new password must differ from the current one.</source>
        <translation>Yeni parola mevcut paroladan farklı olmalı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="44"/>
        <source>The current password is wrong.</source>
        <translation>Mevcut parola yanlış.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="47"/>
        <source>The folder is not empty. Choose a new or empty folder for the vault.</source>
        <translation>Klasör boş değil. Kasa için yeni ya da boş bir klasör seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="50"/>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Bu adla bir dosya zaten var. Başka bir ad seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="53"/>
        <source>The vault folder is read-only.</source>
        <translation>Kasa klasörü salt okunur.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="56"/>
        <source>The vault is busy in another program. Try again.</source>
        <translation>Kasa başka bir programda kullanılıyor. Yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="65"/>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Çok fazla başarısız deneme. %1 saniye sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="69"/>
        <source>The password does not meet the policy.</source>
        <translation>Parola kurallara uymuyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="72"/>
        <source>Wrong user name or password.</source>
        <translation>Kullanıcı adı ya da parola yanlış.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="73"/>
        <source>This recovery key is not valid for this vault. Check every group.</source>
        <translation>Bu kurtarma anahtarı bu kasa için geçerli değil. Her grubu kontrol edin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="76"/>
        <source>The vault is damaged. Restore it from a backup; nothing damaged is shown.</source>
        <translation>Kasa hasarlı. Yedekten geri yükleyin; hasarlı hiçbir veri gösterilmez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="79"/>
        <source>This vault was made by a newer version of Kadın Danışma. Update the app.</source>
        <translation>Bu kasa Kadın Danışma’nın daha yeni bir sürümüyle oluşturulmuş. Uygulamayı güncelleyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="82"/>
        <source>This account&apos;s key slot has unsafe or unknown settings and was refused.</source>
        <translation>Bu hesabın anahtar yuvasında güvensiz ya da bilinmeyen ayarlar var; reddedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="85"/>
        <source>There is no vault in this folder.</source>
        <translation>Bu klasörde kasa yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="86"/>
        <source>The disk is full or cannot be written. Free some space; everything saved before is kept.</source>
        <translation>Disk dolu ya da yazılamıyor. Yer açın; daha önce kaydedilen her şey korunuyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="90"/>
        <source>You do not have permission for this.</source>
        <translation>Bunun için yetkiniz yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="93"/>
        <source>This backup file is damaged or is not a Kadın Danışma backup.</source>
        <translation>Bu yedek dosyası hasarlı ya da bir Kadın Danışma yedeği değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="96"/>
        <source>The vault is locked.</source>
        <translation>Kasa kilitli.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="97"/>
        <source>This record no longer exists or is not in this case.</source>
        <translation>Bu kayıt artık yok ya da bu dosyaya ait değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="100"/>
        <source>This case is not assigned to you. State a reason to open it; it will be logged.</source>
        <translation>Bu dosya size atanmamış. Açmak için bir gerekçe yazın; bu kayıt altına alınır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="103"/>
        <source>This case is under closure review or closed, so it cannot be changed.</source>
        <translation>Bu dosya kapanış incelemesinde ya da kapalı; değiştirilemez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="106"/>
        <source>She has not consented to sharing with this institution. Record her consent, or ask a supervisor to override with a reason.</source>
        <translation>Danışan bu kurumla bilgi paylaşımına onay vermemiş. Onayını kaydedin ya da bir süpervizörden gerekçeli istisna isteyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="111"/>
        <source>The shelter is full. A placement beyond capacity needs an override with a reason.</source>
        <translation>Konukevi dolu. Kapasite üstü yerleştirme için gerekçeli istisna gerekir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="114"/>
        <source>The file was not imported; nothing was written. Each problem is listed with its place.</source>
        <translation>Dosya içe aktarılmadı; hiçbir şey yazılmadı. Her sorun yeriyle birlikte listelendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="117"/>
        <source>This step is not possible in the record&apos;s current state.</source>
        <translation>Kaydın şu anki durumunda bu adım yapılamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="120"/>
        <source>The encryption library is not configured safely; the vault was not opened.</source>
        <translation>Şifreleme kitaplığı güvenli biçimde yapılandırılmamış; kasa açılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/messages.py" line="129"/>
        <source>Something went wrong (%1). Nothing after the last save was changed.</source>
        <translation>Bir şeyler ters gitti (%1). Son kayıttan sonra hiçbir şey değişmedi.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="65"/>
        <source>Vault</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="67"/>
        <source>Signed in:</source>
        <translation>Giriş yapan:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="68"/>
        <source>Users and roles:</source>
        <translation>Kullanıcılar ve roller:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="69"/>
        <source>Last backup:</source>
        <translation>Son yedek:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="70"/>
        <source>Audit log:</source>
        <translation>Denetim kaydı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="71"/>
        <source>Encryption:</source>
        <translation>Şifreleme:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="73"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="74"/>
        <source>&amp;Back up now…</source>
        <translation>Şimdi &amp;yedekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="75"/>
        <source>&amp;Verify vault</source>
        <translation>Kasayı &amp;doğrula</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="98"/>
        <source>Checking the audit chain…</source>
        <translation>Denetim zinciri kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="114"/>
        <source> (disabled)</source>
        <translation> (devre dışı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="118"/>
        <source>Never backed up. Make a backup now and keep it away from this computer.</source>
        <translation>Hiç yedek alınmadı. Şimdi yedek alın ve bu bilgisayardan uzakta saklayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="123"/>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (%2 gün önce)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="125"/>
        <source>older than 7 days: back up now</source>
        <translation>7 günden eski: şimdi yedekleyin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="131"/>
        <source>Intact: %1 entries, each chained to the one before.</source>
        <translation>Sağlam: %1 kayıt, her biri bir öncekine zincirli.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="135"/>
        <source>BROKEN: the audit log was altered (%1). Tell your supervisor.</source>
        <translation>BOZUK: denetim kaydı değiştirilmiş (%1). Süpervizörünüze bildirin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="138"/>
        <source>SQLCipher %1, schema level %2, idle lock after %3 min</source>
        <translation>SQLCipher %1, şema düzeyi %2, %3 dk hareketsizlikte kilit</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="148"/>
        <source>Backing up…</source>
        <translation>Yedekleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="154"/>
        <source>Backup written and checked.</source>
        <translation>Yedek yazıldı ve doğrulandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="159"/>
        <source>Backup failed: %1</source>
        <translation>Yedekleme başarısız: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="163"/>
        <source>Verifying every page and the audit chain…</source>
        <translation>Her sayfa ve denetim zinciri doğrulanıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="170"/>
        <source>Vault verified: every page authenticated, audit chain intact.</source>
        <translation>Kasa doğrulandı: her sayfa doğrulandı, denetim zinciri sağlam.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="173"/>
        <source>Verification FAILED (%1). Restore from a backup.</source>
        <translation>Doğrulama BAŞARISIZ (%1). Yedekten geri yükleyin.</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="74"/>
        <source>New password</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="75"/>
        <source>Repeat the new password</source>
        <translation>Yeni parolayı tekrarlayın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="78"/>
        <source>Password requirements</source>
        <translation>Parola koşulları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="81"/>
        <source>&amp;New password:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="82"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="112"/>
        <source>Password needs: %1</source>
        <translation>Parola için gereken: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="114"/>
        <source>The two passwords do not match yet.</source>
        <translation>İki parola henüz aynı değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="116"/>
        <source>Password meets the policy.</source>
        <translation>Parola kurallara uygun.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/widgets.py" line="118"/>
        <source>At least 10 characters; not a common password; not your user name.</source>
        <translation>En az 10 karakter; yaygın bir parola olmamalı; kullanıcı adınızı içermemeli.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="194"/>
        <source>New recovery key</source>
        <translation>Yeni kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="200"/>
        <source>The old recovery key no longer works. Write this one down now; it is not shown again. Keep it locked away from this computer.</source>
        <translation>Eski kurtarma anahtarı artık çalışmıyor. Bunu şimdi not alın; bir daha gösterilmeyecek. Bu bilgisayardan uzakta, kilitli bir yerde saklayın.</translation>
    </message>
</context>
<context>
    <name>RecoveryWorkspace</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="109"/>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="115"/>
        <source>Set a &amp;new password…</source>
        <translation>&amp;Yeni parola belirle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="116"/>
        <source>&amp;Lock</source>
        <translation>&amp;Kilitle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="124"/>
        <source>Unlocked with the recovery key</source>
        <translation>Kurtarma anahtarıyla açıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="126"/>
        <source>The recovery key only lets you set a new password for a user. Choose the account, set a password, then sign in with it. This is recorded in the audit log.</source>
        <translation>Kurtarma anahtarı yalnızca bir kullanıcıya yeni parola belirlemenizi sağlar. Hesabı seçin, parola belirleyin, sonra bu parolayla giriş yapın. Bu işlem denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="144"/>
        <source>New password set for %1. Lock, then sign in with it.</source>
        <translation>%1 için yeni parola belirlendi. Kilitleyin, sonra bu parolayla giriş yapın.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="131"/>
        <source>Reset password</source>
        <translation>Parolayı sıfırla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="134"/>
        <source>New password for %1. She must change it at her next sign-in.</source>
        <translation>%1 için yeni parola. Bir sonraki girişinde değiştirmesi gerekecek.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="136"/>
        <source>New password for %1.</source>
        <translation>%1 için yeni parola.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="36"/>
        <source>counselor</source>
        <translation>danışman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="37"/>
        <source>supervisor</source>
        <translation>süpervizör</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="38"/>
        <source>admin</source>
        <translation>yönetici</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="31"/>
        <source>Center name</source>
        <translation>Merkez adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="34"/>
        <source>Idle lock minutes</source>
        <translation>Hareketsizlik kilidi (dakika)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="36"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="37"/>
        <source>&amp;Save settings</source>
        <translation>Ayarları &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="38"/>
        <source>&amp;New recovery key…</source>
        <translation>Yeni &amp;kurtarma anahtarı…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="42"/>
        <source>&amp;Center name:</source>
        <translation>&amp;Merkez adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="43"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Hareketsizlikte kilitle:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="48"/>
        <source>A new recovery key makes the old one useless. Do this if the printed key was lost or seen by someone who should not have it.</source>
        <translation>Yeni bir kurtarma anahtarı eskisini geçersiz kılar. Basılı anahtar kaybolduysa ya da görmemesi gereken biri gördüyse bunu yapın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="76"/>
        <source>Settings saved.</source>
        <translation>Ayarlar kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="81"/>
        <source>Making a new recovery key…</source>
        <translation>Yeni kurtarma anahtarı oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/settings_page.py" line="87"/>
        <source>A new recovery key was made; the old one no longer works.</source>
        <translation>Yeni kurtarma anahtarı oluşturuldu; eskisi artık çalışmıyor.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="52"/>
        <source>Kadın Danışma</source>
        <translation>Kadın Danışma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="53"/>
        <source>The vault is locked. Sign in to continue.</source>
        <translation>Kasa kilitli. Devam etmek için giriş yapın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="61"/>
        <source>Unlock status</source>
        <translation>Kilit açma durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="105"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="106"/>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="107"/>
        <source>&amp;Unlock</source>
        <translation>Kilidi &amp;aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="109"/>
        <source>Use the &amp;recovery key…</source>
        <translation>Kurtarma anahtarını k&amp;ullan…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="111"/>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="112"/>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="132"/>
        <source>Enter your user name and password.</source>
        <translation>Kullanıcı adınızı ve parolanızı girin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="134"/>
        <source>Unlocking… (deriving the key takes a moment)</source>
        <translation>Kilit açılıyor… (anahtar türetme biraz sürer)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="153"/>
        <source>Type the 48-digit recovery key printed when the vault was created. Each group of six digits is checked as you type.</source>
        <translation>Kasa oluşturulurken verilen 48 haneli kurtarma anahtarını yazın. Altı rakamlık her grup, siz yazarken kontrol edilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="156"/>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="161"/>
        <source>Unlock with recovery &amp;key</source>
        <translation>Kurtarma &amp;anahtarıyla aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="163"/>
        <source>&amp;Back to password</source>
        <translation>&amp;Parolaya dön</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="193"/>
        <source>Group %1 is not right: check it.</source>
        <translation>%1. grup doğru değil: kontrol edin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="195"/>
        <source>All eight groups look right.</source>
        <translation>Sekiz grubun hepsi doğru görünüyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="198"/>
        <source>%1 of 8 groups typed.</source>
        <translation>8 gruptan %1 tanesi yazıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock_page.py" line="205"/>
        <source>Checking the recovery key…</source>
        <translation>Kurtarma anahtarı kontrol ediliyor…</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="56"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="56"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="56"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="56"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="71"/>
        <source>disabled</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="72"/>
        <source>must change password</source>
        <translation>parolasını değiştirmeli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="72"/>
        <source>active</source>
        <translation>etkin</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="87"/>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="93"/>
        <source>&amp;Add user…</source>
        <translation>Kullanıcı &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="94"/>
        <source>&amp;Reset password…</source>
        <translation>Parolayı &amp;sıfırla…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="95"/>
        <source>&amp;Disable user…</source>
        <translation>Kullanıcıyı &amp;devre dışı bırak…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="104"/>
        <source>Each user has her own password. Disabling a user removes her key: her password no longer opens the vault. Every change here is recorded in the audit log.</source>
        <translation>Her kullanıcının kendi parolası vardır. Bir kullanıcıyı devre dışı bırakmak anahtarını siler: parolası artık kasayı açmaz. Buradaki her değişiklik denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="143"/>
        <source>User added.</source>
        <translation>Kullanıcı eklendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="151"/>
        <source>Password reset for %1.</source>
        <translation>%1 için parola sıfırlandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="158"/>
        <location filename="../kadin_danisma/gui/users_page.py" line="170"/>
        <source>Disable user</source>
        <translation>Kullanıcıyı devre dışı bırak</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="161"/>
        <source>Disable %1? Her password will no longer open the vault.</source>
        <translation>%1 devre dışı bırakılsın mı? Parolası artık kasayı açmayacak.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/users_page.py" line="172"/>
        <source>%1 was disabled.</source>
        <translation>%1 devre dışı bırakıldı.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="46"/>
        <source>Change &amp;my password…</source>
        <translation>Parolamı &amp;değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="47"/>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>&amp;Kilitle (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="48"/>
        <source>Lock the vault</source>
        <translation>Kasayı kilitle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="59"/>
        <source>%1 failed sign-in attempt(s) on your account since your last sign-in. If that was not you, tell your administrator.</source>
        <translation>Son girişinizden bu yana hesabınızda %1 başarısız giriş denemesi oldu. Bu siz değilseniz yöneticinize bildirin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="63"/>
        <source>&amp;Overview</source>
        <translation>&amp;Genel bakış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="69"/>
        <source>&amp;Users</source>
        <translation>&amp;Kullanıcılar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace.py" line="70"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ayarlar</translation>
    </message>
</context>
<context>
    <name>_WorkerDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/dialogs.py" line="61"/>
        <source>Working…</source>
        <translation>İşleniyor…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="38"/>
        <source>Save backup</source>
        <translation>Yedeği kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/overview_page.py" line="38"/>
        <source>Kadın Danışma backup (*.kdbackup)</source>
        <translation>Kadın Danışma yedeği (*.kdbackup)</translation>
    </message>
</context>
</TS>
