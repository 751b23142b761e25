<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="80"/>
        <source>About Kadın Danışma</source>
        <translation>Kadın Danışma hakkında</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="85"/>
        <source>App icon</source>
        <translation>Uygulama simgesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="86"/>
        <source>Kadın Danışma</source>
        <translation>Kadın Danışma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="88"/>
        <source>Version %1</source>
        <translation>Sürüm %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="91"/>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <translation>GNU Genel Kamu Lisansı sürüm 3 ya da (tercihinize göre) daha sonraki bir sürümü (%1) altında özgür yazılımdır. Hiçbir garanti verilmez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="104"/>
        <source>The vault on this computer: %1</source>
        <translation>Bu bilgisayardaki kasa: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="106"/>
        <source>Default location: %1</source>
        <translation>Varsayılan konum: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="107"/>
        <source>To move it: lock the vault, close the app, copy the whole folder, then open it from the new place. Backups are separate files; keep them as well.</source>
        <translation>Taşımak için: kasayı kilitleyin, uygulamayı kapatın, klasörün tamamını kopyalayın, sonra yeni yerinden açın. Yedekler ayrı dosyalardır; onları da saklayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="111"/>
        <source>Where the data lives</source>
        <translation>Veriler nerede durur</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="113"/>
        <source>&amp;Third-party software and fonts:</source>
        <translation>Üçüncü taraf &amp;yazılımlar ve yazı tipleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="116"/>
        <source>Third-party software and fonts</source>
        <translation>Üçüncü taraf yazılımlar ve yazı tipleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="120"/>
        <source>Licence te&amp;xt:</source>
        <translation>&amp;Lisans metni:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="124"/>
        <source>Licence text</source>
        <translation>Lisans metni</translation>
    </message>
</context>
<context>
    <name>AccessReviewBox</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="25"/>
        <source>Access review (supervisors)</source>
        <translation>Erişim denetimi (süpervizörler)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="31"/>
        <source>First day of the review</source>
        <translation>Denetimin ilk günü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="33"/>
        <source>Last day of the review</source>
        <translation>Denetimin son günü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="34"/>
        <source>&amp;Write the review as PDF…</source>
        <translation>Denetimi &amp;PDF olarak yaz…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="36"/>
        <source>Write the review as CS&amp;V…</source>
        <translation>Denetimi &amp;CSV olarak yaz…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="42"/>
        <source>Who opened which case in the period (case numbers only), the openings with a stated reason first, and who holds which role: a periodic review of access takes ten minutes with it.</source>
        <translation>Dönem içinde kimin hangi dosyayı açtığı (yalnızca dosya numaraları), önce gerekçeyle yapılan açılışlar, ve kimin hangi role sahip olduğu: düzenli erişim denetimi bununla on dakikalık bir iştir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="44"/>
        <source>Fro&amp;m:</source>
        <translation>Ba&amp;şlangıç:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="45"/>
        <source>&amp;To:</source>
        <translation>Bi&amp;tiş:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="66"/>
        <source>Give the period as two dates, YYYY-MM-DD.</source>
        <translation>Dönemi iki tarih olarak yazın: YYYY-AA-GG.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="77"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="78"/>
        <source>Save the access review</source>
        <translation>Erişim denetimini kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="87"/>
        <source>Reading the audit log…</source>
        <translation>Denetim kaydı okunuyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/access_review_box.py" line="93"/>
        <source>Access review saved as %1.</source>
        <translation>Erişim denetimi %1 olarak kaydedildi.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="31"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="31"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="31"/>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="31"/>
        <source>Facilitator</source>
        <translation>Eğitmen / yürüten</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="31"/>
        <source>Participants</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="32"/>
        <source>Named</source>
        <translation>Adıyla kayıtlı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="40"/>
        <source>Group activities and trainings</source>
        <translation>Grup etkinlikleri ve eğitimler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="50"/>
        <source>&amp;Record an activity…</source>
        <translation>&amp;Etkinlik kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="51"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="52"/>
        <source>&amp;Named attendance…</source>
        <translation>&amp;Adıyla katılım listesi…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="61"/>
        <source>Seminars, workshops, support groups, trainings and awareness events of the center. Participants are counted by sex and age band; a woman is named only on a support group&apos;s attendance, with her consent recorded in her case. The activity report counts them.</source>
        <translation>Merkezin seminerleri, atölyeleri, destek grupları, eğitimleri ve farkındalık etkinlikleri. Katılımcılar cinsiyet ve yaş grubuna göre sayılır; bir kadın yalnızca destek grubunun katılım listesinde, dosyasında kayıtlı rızasıyla adıyla yazılır. Faaliyet raporu bunları sayar.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="108"/>
        <source>Activity recorded.</source>
        <translation>Etkinlik kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activities_page.py" line="117"/>
        <source>Activity saved.</source>
        <translation>Etkinlik kaydedildi.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="78"/>
        <source>Edit activity</source>
        <translation>Etkinliği düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="78"/>
        <source>Record an activity or training</source>
        <translation>Etkinlik veya eğitim kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="82"/>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="96"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="83"/>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="97"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="86"/>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="98"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="88"/>
        <source>Someone not on the staff (name below)</source>
        <translation>Personel dışından biri (adı aşağıda)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="88"/>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="99"/>
        <source>Facilitator</source>
        <translation>Eğitmen / yürüten</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="91"/>
        <source>Facilitator&apos;s name (not on the staff)</source>
        <translation>Eğitmenin adı (personel değilse)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="93"/>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="102"/>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="96"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="97"/>
        <source>&amp;Date:</source>
        <translation>Ta&amp;rih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="98"/>
        <source>&amp;Place:</source>
        <translation>&amp;Yer:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="99"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Eğitmen / yürüten:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="100"/>
        <source>&amp;Name if not on the staff:</source>
        <translation>Personel değilse &amp;adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="100"/>
        <source>Facilitator&apos;s name</source>
        <translation>Eğitmenin adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="102"/>
        <source>&amp;Topic:</source>
        <translation>Kon&amp;u:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="108"/>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="29"/>
        <source>Add a user</source>
        <translation>Kullanıcı ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="32"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="34"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="41"/>
        <source>She will be asked to choose her own password at her first sign-in.</source>
        <translation>İlk girişinde kendi parolasını belirlemesi istenecek.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="43"/>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="44"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Ad soyad:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="45"/>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="62"/>
        <source>The first administrator</source>
        <translation>İlk yönetici</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="63"/>
        <source>This account manages users, settings and backups, and reviews cases as a supervisor. Choose a password only you know.</source>
        <translation>Bu hesap kullanıcıları, ayarları ve yedekleri yönetir; süpervizör olarak vakaları inceler. Yalnızca sizin bildiğiniz bir parola seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="66"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="68"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="73"/>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="75"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Ad soyad:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="92"/>
        <source>2–32 characters: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>2–32 karakter: küçük harf a–z, rakam, &apos;.&apos;, &apos;_&apos; veya &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>AidDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="26"/>
        <source>Record aid</source>
        <translation>Yardım kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="26"/>
        <source>Change aid</source>
        <translation>Yardımı değiştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="30"/>
        <source>Kind of aid</source>
        <translation>Yardım türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="32"/>
        <source>Source of the aid</source>
        <translation>Yardımın kaynağı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="34"/>
        <source>Which unit, foundation or association</source>
        <translation>Hangi birim, vakıf veya dernek</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="36"/>
        <source>Status of the aid</source>
        <translation>Yardımın durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="38"/>
        <source>Amount in lira</source>
        <translation>TL olarak tutar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="42"/>
        <source>Quantity (pieces, parcels)</source>
        <translation>Miktar (adet, koli)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="44"/>
        <source>not given</source>
        <translation>belirtilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="45"/>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="83"/>
        <source>Requested on</source>
        <translation>Talep tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="46"/>
        <source>Approved or refused on</source>
        <translation>Onay veya ret tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="47"/>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="85"/>
        <source>Delivered on</source>
        <translation>Teslim tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="48"/>
        <source>Social inquiry report dated</source>
        <translation>Sosyal inceleme raporunun tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="51"/>
        <source>Committee decision number</source>
        <translation>Komisyon karar numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="53"/>
        <source>— none —</source>
        <translation>— yok —</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="54"/>
        <source>Reason for the refusal</source>
        <translation>Ret nedeni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="57"/>
        <source>Notes on the aid</source>
        <translation>Yardımla ilgili notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="59"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="60"/>
        <source>&amp;Source:</source>
        <translation>&amp;Kaynak:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="61"/>
        <source>&amp;Which one:</source>
        <translation>Hangi &amp;birim:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="62"/>
        <source>S&amp;tatus:</source>
        <translation>Du&amp;rum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="63"/>
        <source>&amp;Amount (TL):</source>
        <translation>T&amp;utar (TL):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="66"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Miktar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="69"/>
        <source>&amp;Requested on:</source>
        <translation>Ta&amp;lep tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="70"/>
        <source>&amp;Decided on:</source>
        <translation>Kar&amp;ar tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="71"/>
        <source>Deli&amp;vered on:</source>
        <translation>Te&amp;slim tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="72"/>
        <source>Social &amp;inquiry report:</source>
        <translation>Sosyal &amp;inceleme raporu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="73"/>
        <source>&amp;Committee decision no.:</source>
        <translation>K&amp;omisyon karar no.:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="74"/>
        <source>Reason for re&amp;fusal:</source>
        <translation>Ret ne&amp;deni:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="77"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="80"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="80"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="81"/>
        <source>Which one</source>
        <translation>Hangi birim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="81"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="82"/>
        <source>Amount (TL)</source>
        <translation>Tutar (TL)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="82"/>
        <source>Quantity</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="84"/>
        <source>Decided on</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="86"/>
        <source>Social inquiry report</source>
        <translation>Sosyal inceleme raporu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="87"/>
        <source>Committee decision no.</source>
        <translation>Komisyon karar no.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="88"/>
        <source>Reason for refusal</source>
        <translation>Ret nedeni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="89"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>AidTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="155"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="155"/>
        <source>Amount or quantity</source>
        <translation>Tutar veya miktar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="155"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="155"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="156"/>
        <source>Requested</source>
        <translation>Talep</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="156"/>
        <source>Delivered</source>
        <translation>Teslim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="156"/>
        <source>Committee decision</source>
        <translation>Komisyon kararı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="156"/>
        <source>Recorded by</source>
        <translation>Kaydeden</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="157"/>
        <source>Aid and support</source>
        <translation>Ayni ve nakdi yardımlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="164"/>
        <source>Recor&amp;d aid…</source>
        <translation>Yar&amp;dım kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="166"/>
        <source>Chan&amp;ge aid…</source>
        <translation>Yardımı değ&amp;iştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="172"/>
        <source>Aid items: %1 · delivered: %2 · cash and rent delivered: %3 TL</source>
        <translation>Yardım kaydı: %1 · teslim edilen: %2 · teslim edilen nakdi ve kira yardımı: %3 TL</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="174"/>
        <source>No aid recorded.</source>
        <translation>Kayıtlı yardım yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="181"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="201"/>
        <source>Aid recorded.</source>
        <translation>Yardım kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/aid_tab.py" line="207"/>
        <source>Aid saved.</source>
        <translation>Yardım kaydedildi.</translation>
    </message>
</context>
<context>
    <name>AllowFollowUpsDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="76"/>
        <source>Allow follow-ups after closure</source>
        <translation>Kapanıştan sonra takibe izin ver</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="78"/>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="91"/>
        <source>Allowed until</source>
        <translation>İzin bitiş tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="83"/>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="92"/>
        <source>How many follow-ups</source>
        <translation>Kaç takip</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="85"/>
        <source>Allowed &amp;until:</source>
        <translation>&amp;Şu tarihe kadar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="86"/>
        <source>&amp;How many:</source>
        <translation>Takip &amp;sayısı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="88"/>
        <source>Her counselor may then plan follow-ups on this closed case and record what came of them (for example three and six months after she left the shelter). The case stays closed, and everything else in it stays read-only.</source>
        <translation>Danışmanı bu kapalı dosyada takip planlayabilir ve sonuçlarını kaydedebilir (örneğin konukevinden ayrılışından üç ve altı ay sonra). Dosya kapalı kalır; dosyadaki diğer her şey salt okunur kalır.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="89"/>
        <source>Answer her request</source>
        <translation>Talebini yanıtla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="95"/>
        <source>erase her whole record (a supervisor approves; deleted)</source>
        <translation>bütün kaydını sil (süpervizör onaylar; silinir)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="96"/>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="109"/>
        <source>Answer</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="98"/>
        <source>Legal duty to keep her record</source>
        <translation>Kaydını saklama yükümlülüğü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="100"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Yanıt:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="101"/>
        <source>Legal &amp;duty:</source>
        <translation>Yasal yü&amp;kümlülük:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="102"/>
        <source>Request: %1, came on %2, answer due by %3.</source>
        <translation>Talep: %1; geliş tarihi %2; en geç %3 tarihinde yanıtlanmalı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="106"/>
        <source>Her record is on legal hold: it cannot be erased until a supervisor lifts the hold.</source>
        <translation>Kaydı yasal saklama altında: bir süpervizör saklamayı kaldırana kadar silinemez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="108"/>
        <source>&amp;Record the answer</source>
        <translation>Yanıtı kay&amp;det</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="110"/>
        <source>Legal duty</source>
        <translation>Yasal yükümlülük</translation>
    </message>
</context>
<context>
    <name>AppointmentRows</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/appointment_rows.py" line="30"/>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/appointment_rows.py" line="30"/>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/appointment_rows.py" line="30"/>
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/appointment_rows.py" line="30"/>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/appointment_rows.py" line="31"/>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/appointment_rows.py" line="31"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/appointment_rows.py" line="39"/>
        <source>booked</source>
        <translation>dolu</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="38"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="38"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="38"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="38"/>
        <source>Counselors</source>
        <translation>Danışmanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="38"/>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="39"/>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="39"/>
        <source>Appointments</source>
        <translation>Randevular</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="51"/>
        <source>&amp;Book…</source>
        <translation>Randevu ya&amp;z…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="52"/>
        <source>Chan&amp;ge…</source>
        <translation>D&amp;üzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="54"/>
        <source>She &amp;came…</source>
        <translation>Gel&amp;di…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="56"/>
        <source>&amp;Did not come…</source>
        <translation>Gelmed&amp;i…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="58"/>
        <source>Cancel the app&amp;ointment…</source>
        <translation>İpta&amp;l et…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="65"/>
        <source>Planned: %1 · attended: %2 · did not come: %3 · cancelled: %4</source>
        <translation>Planlanan: %1 · gelinen: %2 · gelinmeyen: %3 · iptal: %4</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="68"/>
        <source>No appointments yet.</source>
        <translation>Henüz randevu yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="109"/>
        <source>Loading the center&apos;s rooms and interpreters…</source>
        <translation>Merkezin odaları ve tercümanları yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="116"/>
        <source>Appointment booked.</source>
        <translation>Randevu verildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="116"/>
        <source>Appointment changed.</source>
        <translation>Randevu değiştirildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="143"/>
        <source>The unfinished note was kept as a draft.</source>
        <translation>Tamamlanmamış not taslak olarak saklandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="144"/>
        <source>Attended: the note is saved.</source>
        <translation>Geldi: görüşme notu kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="151"/>
        <source>Recorded: she did not come.</source>
        <translation>Kaydedildi: gelmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointments_tab.py" line="158"/>
        <source>Appointment cancelled.</source>
        <translation>Randevu iptal edildi.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="48"/>
        <source>Approve and destroy</source>
        <translation>Onayla ve imha et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="48"/>
        <source>Working…</source>
        <translation>Çalışıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="53"/>
        <source>Destruction %1 (%2), proposed by %3: %4 women (%5 cases) will be %6; %7 safe-contact details and %8 closed shelters&apos; contact details cleared.</source>
        <translation>%1 numaralı imha (%2), öneren %3: %4 kadın (%5 dosya) %6; %7 güvenli iletişim bilgisi ve kapanmış %8 konukevinin iletişim bilgisi silinecek.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="57"/>
        <source>anonymized</source>
        <translation>anonim hale getirilecek</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="57"/>
        <source>deleted</source>
        <translation>silinecek</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="62"/>
        <source>Left out now: %1.</source>
        <translation>Şimdi dışarıda kalanlar: %1.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="65"/>
        <source>This cannot be undone. Backups made before now still hold what is destroyed: they are marked on the Vault tab.</source>
        <translation>Bu geri alınamaz. Bundan önce alınmış yedekler imha edilenleri hâlâ içerir: Kasa sekmesinde işaretlidir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="71"/>
        <source>&amp;Destroy now</source>
        <translation>Şimdi &amp;imha et</translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="40"/>
        <source>Add an attachment</source>
        <translation>Ek dosya ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="40"/>
        <source>Attachment details</source>
        <translation>Ek dosyanın bilgileri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="47"/>
        <source>C&amp;hoose the file…</source>
        <translation>Dosyayı &amp;seç…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="49"/>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="153"/>
        <source>No file chosen yet.</source>
        <translation>Henüz dosya seçilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="54"/>
        <source>Preview of the picture</source>
        <translation>Resmin ön izlemesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="55"/>
        <source>Turn &amp;left</source>
        <translation>S&amp;ola çevir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="56"/>
        <source>Turn ri&amp;ght</source>
        <translation>Sağa çe&amp;vir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="61"/>
        <source>Type of document</source>
        <translation>Belgenin türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="62"/>
        <source>Date of the document</source>
        <translation>Belgenin tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="65"/>
        <source>Short title</source>
        <translation>Kısa başlık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="66"/>
        <source>— not linked —</source>
        <translation>— bağlı değil —</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="66"/>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="78"/>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="79"/>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="80"/>
        <source>Belongs to</source>
        <translation>Bağlı olduğu kayıt</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="67"/>
        <source>Ne&amp;ver let this file leave the vault (no copy, no letter)</source>
        <translation>Bu dosya kasadan asla çı&amp;kmasın (kopya yok, yazıya eklenmez)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="71"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="72"/>
        <source>&amp;Date:</source>
        <translation>T&amp;arih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="73"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="74"/>
        <source>&amp;Belongs to:</source>
        <translation>Bağ&amp;lı olduğu kayıt:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="77"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="77"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="78"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="96"/>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="101"/>
        <source>Protective measure: %1, %2</source>
        <translation>Koruyucu tedbir: %1, %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="104"/>
        <source>Referral: %1, %2</source>
        <translation>Yönlendirme: %1, %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="106"/>
        <source>Note: %1, %2</source>
        <translation>Not: %1, %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="113"/>
        <source>Choose the file to attach</source>
        <translation>Eklenecek dosyayı seçin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="117"/>
        <source>Reading the file…</source>
        <translation>Dosya okunuyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="139"/>
        <source>%1: PDF, %2 page(s), %3</source>
        <translation>%1: PDF, %2 sayfa, %3</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="142"/>
        <source>%1: picture, %2 (location and camera details are removed when it is stored)</source>
        <translation>%1: resim, %2 (saklanırken konum ve kamera bilgileri silinir)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="166"/>
        <source>Turned %1 degrees</source>
        <translation>%1 derece çevrildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="185"/>
        <source>Choose the file first.</source>
        <translation>Önce dosyayı seçin.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="66"/>
        <source>Attachment: %1, %2</source>
        <translation>Ek dosya: %1, %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="78"/>
        <source>The attachment</source>
        <translation>Ek dosya</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="83"/>
        <source>The attachment, scrollable</source>
        <translation>Ek dosya, kaydırılabilir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="84"/>
        <source>Opening…</source>
        <translation>Açılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="86"/>
        <source>&amp;Previous page</source>
        <translation>&amp;Önceki sayfa</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="87"/>
        <source>&amp;Next page</source>
        <translation>&amp;Sonraki sayfa</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="88"/>
        <source>Zoom &amp;out</source>
        <translation>Kü&amp;çült</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="89"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Büyüt</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="90"/>
        <source>&amp;Save a copy…</source>
        <translation>Kopyasını &amp;kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="92"/>
        <source>Writes the file where you choose; recorded in the audit log.</source>
        <translation>Dosyayı seçtiğiniz yere yazar; denetim kaydına işlenir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="137"/>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="164"/>
        <source>Save a copy of the attachment</source>
        <translation>Ek dosyanın kopyasını kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="170"/>
        <source>Saving a copy…</source>
        <translation>Kopya kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_viewer.py" line="172"/>
        <source>Copy saved: %1</source>
        <translation>Kopya kaydedildi: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="38"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="38"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="38"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="38"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="38"/>
        <source>Added by</source>
        <translation>Ekleyen</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="39"/>
        <source>Leaving the vault</source>
        <translation>Kasadan çıkış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="39"/>
        <source>Attachments</source>
        <translation>Ek dosyalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="40"/>
        <source>Vie&amp;w</source>
        <translation>Gör&amp;üntüle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="51"/>
        <source>Atta&amp;ch a file…</source>
        <translation>Dosya ek&amp;le…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="53"/>
        <source>&amp;Details…</source>
        <translation>Bilgileri &amp;düzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="55"/>
        <source>Take &amp;off…</source>
        <translation>Dosyayı ç&amp;ıkar…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="57"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="66"/>
        <source>%1 file(s), %2</source>
        <translation>%1 dosya, %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="67"/>
        <source>No attachments yet.</source>
        <translation>Henüz ek dosya yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="70"/>
        <source>PDF, %1 page(s), %2</source>
        <translation>PDF, %1 sayfa, %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="71"/>
        <source>picture, %2</source>
        <translation>resim, %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="74"/>
        <source>NEVER EXPORT</source>
        <translation>ASLA DIŞA AKTARILMAZ</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="74"/>
        <source>may be copied (logged)</source>
        <translation>kopyalanabilir (kayda geçer)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="101"/>
        <source>File attached.</source>
        <translation>Dosya eklendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="108"/>
        <source>Details saved.</source>
        <translation>Bilgiler kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachments_tab.py" line="119"/>
        <source>The file was taken off.</source>
        <translation>Dosya vakadan çıkarıldı.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="147"/>
        <source>Named attendance</source>
        <translation>Adıyla katılım listesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="151"/>
        <source>Women named on this support group&apos;s attendance</source>
        <translation>Bu destek grubunun katılım listesinde adıyla yazılan kadınlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="153"/>
        <source>Case number of the woman to name</source>
        <translation>Adıyla yazılacak kadının dosya numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="154"/>
        <source>&amp;Name her</source>
        <translation>&amp;Adıyla yaz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="155"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Listeden çıkar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="157"/>
        <source>&amp;Case number:</source>
        <translation>&amp;Dosya no.:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="163"/>
        <source>Name a woman here only if she agreed to it: her consent to be named on a support group&apos;s attendance must be recorded in her case. Everyone else is counted by number only.</source>
        <translation>Bir kadını burada yalnızca kabul ettiyse adıyla yazın: destek grubu katılım listesinde adıyla yer almaya rızası dosyasında kayıtlı olmalıdır. Diğer herkes yalnızca sayıyla sayılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="196"/>
        <source>Named on the attendance.</source>
        <translation>Katılım listesine adıyla yazıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="208"/>
        <source>Removed from the attendance.</source>
        <translation>Katılım listesinden çıkarıldı.</translation>
    </message>
</context>
<context>
    <name>AttendedDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="241"/>
        <source>She came: the note of the session</source>
        <translation>Geldi: görüşmenin notu</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="54"/>
        <source>Book an appointment</source>
        <translation>Randevu ver</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="54"/>
        <source>Change the appointment</source>
        <translation>Randevuyu değiştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="62"/>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="101"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="65"/>
        <source>Start time</source>
        <translation>Başlangıç saati</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="69"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="70"/>
        <source>Length in minutes</source>
        <translation>Dakika olarak süre</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="71"/>
        <source>Kind of appointment</source>
        <translation>Randevunun türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="72"/>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="103"/>
        <source>Counselors</source>
        <translation>Danışmanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="73"/>
        <source>— no room —</source>
        <translation>— oda yok —</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="73"/>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="104"/>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="74"/>
        <source>— no interpreter needed —</source>
        <translation>— tercüman gerekmiyor —</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="75"/>
        <source>Interpreter&apos;s language</source>
        <translation>Tercümanın dili</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="76"/>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="142"/>
        <source>— not booked yet —</source>
        <translation>— henüz ayarlanmadı —</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="76"/>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="105"/>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="78"/>
        <source>Book &amp;anyway, knowing these clashes</source>
        <translation>Bu çakışmaları bilerek yine de randevu &amp;ver</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="79"/>
        <source>Book anyway, knowing these clashes</source>
        <translation>Bu çakışmaları bilerek yine de randevu ver</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="82"/>
        <source>&amp;Day:</source>
        <translation>&amp;Gün:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="83"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="84"/>
        <source>&amp;Length:</source>
        <translation>&amp;Süre:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="85"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="94"/>
        <source>&amp;Counselors:</source>
        <translation>&amp;Danışmanlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="95"/>
        <source>&amp;Room:</source>
        <translation>&amp;Oda:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="96"/>
        <source>Interpreter&apos;s lan&amp;guage:</source>
        <translation>Tercümanın di&amp;li:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="97"/>
        <source>&amp;Interpreter:</source>
        <translation>T&amp;ercüman:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="101"/>
        <source>Starts at</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="102"/>
        <source>Length</source>
        <translation>Süre</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="103"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="104"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="189"/>
        <source>%1 already has an appointment then (%2).</source>
        <translation>%1 o saatte başka bir randevudadır (%2).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="192"/>
        <source>The room %1 is booked then (%2).</source>
        <translation>%1 odası o saatte doludur (%2).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="194"/>
        <source>The interpreter %1 is booked then (%2).</source>
        <translation>Tercüman %1 o saatte başka bir randevudadır (%2).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="196"/>
        <source>%1 does not interpret %2.</source>
        <translation>%1, %2 dilinde tercümanlık yapmıyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="226"/>
        <source>This booking clashes (see above). Change it, or tick &quot;Book anyway&quot;.</source>
        <translation>Bu randevu çakışıyor (yukarıya bakın). Değiştirin ya da &quot;Yine de randevu ver&quot; kutusunu işaretleyin.</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_grid.py" line="66"/>
        <source>Booked (another counselor&apos;s case)</source>
        <translation>Dolu (başka bir danışmanın vakası)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_grid.py" line="69"/>
        <source>interpreter needed: %1</source>
        <translation>tercüman gerekli: %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="53"/>
        <source>Day or week</source>
        <translation>Gün ya da hafta</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="54"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="55"/>
        <source>Week</source>
        <translation>Hafta</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="57"/>
        <source>Show by</source>
        <translation>Göre göster</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="58"/>
        <source>Counselor</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="58"/>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="58"/>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="61"/>
        <source>Whose week</source>
        <translation>Kimin haftası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="63"/>
        <source>Day shown</source>
        <translation>Gösterilen gün</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="65"/>
        <source>&amp;Earlier</source>
        <translation>Ö&amp;nceki</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="66"/>
        <source>&amp;Today</source>
        <translation>B&amp;ugün</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="67"/>
        <source>L&amp;ater</source>
        <translation>&amp;Sonraki</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="68"/>
        <source>P&amp;rint the day list…</source>
        <translation>Gün listesini &amp;yazdır…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="69"/>
        <source>Case numbers and rooms for the front desk; no client names.</source>
        <translation>Danışma masası için vaka numaraları ve odalar; danışan adı yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="70"/>
        <source>&amp;Open the case</source>
        <translation>Vakayı &amp;aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="71"/>
        <source>She ca&amp;me…</source>
        <translation>Ge&amp;ldi…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="72"/>
        <source>Did &amp;not come…</source>
        <translation>Gelme&amp;di…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="73"/>
        <source>&amp;Cancel…</source>
        <translation>İ&amp;ptal et…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="75"/>
        <source>Appointments</source>
        <translation>Randevular</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="83"/>
        <source>Calendar</source>
        <translation>Takvim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="84"/>
        <source>&amp;View:</source>
        <translation>Gö&amp;rünüm:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="86"/>
        <source>&amp;By:</source>
        <translation>&amp;Göre:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="91"/>
        <source>&amp;Day:</source>
        <translation>G&amp;ün:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="196"/>
        <source>Nobody to show: the center&apos;s list is empty.</source>
        <translation>Gösterilecek kimse yok: merkezin listesi boş.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="198"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="206"/>
        <source>Mon</source>
        <translation>Pzt</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="206"/>
        <source>Tue</source>
        <translation>Sal</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="206"/>
        <source>Wed</source>
        <translation>Çar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="206"/>
        <source>Thu</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="206"/>
        <source>Fri</source>
        <translation>Cum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="206"/>
        <source>Sat</source>
        <translation>Cmt</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="207"/>
        <source>Sun</source>
        <translation>Paz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="212"/>
        <source>Court hearings: %1</source>
        <translation>Duruşmalar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="231"/>
        <source>Week of %1: %2 appointment(s)</source>
        <translation>%1 haftası: %2 randevu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="232"/>
        <source>%1: %2 appointment(s)</source>
        <translation>%1: %2 randevu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="242"/>
        <source>No room</source>
        <translation>Odasız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="242"/>
        <source>No interpreter</source>
        <translation>Tercümansız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="292"/>
        <source>Attended: the note is saved.</source>
        <translation>Geldi: görüşme notu kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="298"/>
        <source>Recorded: she did not come.</source>
        <translation>Kaydedildi: gelmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="304"/>
        <source>Appointment cancelled.</source>
        <translation>Randevu iptal edildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="319"/>
        <source>Save the day list</source>
        <translation>Gün listesini kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="326"/>
        <source>Writing the day list…</source>
        <translation>Gün listesi yazılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/calendar_page.py" line="332"/>
        <source>Day list saved: %1</source>
        <translation>Gün listesi kaydedildi: %1</translation>
    </message>
</context>
<context>
    <name>CalendarSetupPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="106"/>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="106"/>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="108"/>
        <source>Offered</source>
        <translation>Sunuluyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="106"/>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="120"/>
        <source>Rooms</source>
        <translation>Odalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="107"/>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="107"/>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="107"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="108"/>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="121"/>
        <source>Interpreters</source>
        <translation>Tercümanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="109"/>
        <source>Add a &amp;room…</source>
        <translation>&amp;Oda ekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="110"/>
        <source>&amp;Edit the room…</source>
        <translation>Odayı &amp;düzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="111"/>
        <source>Add an &amp;interpreter…</source>
        <translation>&amp;Tercüman ekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="112"/>
        <source>Edit the interpre&amp;ter…</source>
        <translation>Tercümanı düz&amp;enle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="116"/>
        <source>Rooms and interpreters</source>
        <translation>Odalar ve tercümanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="118"/>
        <source>What appointments book. Untick &quot;Offered&quot; to retire an entry: past appointments keep it.</source>
        <translation>Randevularda kullanılan odalar ve tercümanlar. Bir kaydı kullanımdan kaldırmak için &quot;Sunuluyor&quot; işaretini kaldırın: geçmiş randevular onu korur.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="150"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="150"/>
        <source>no (retired)</source>
        <translation>hayır (kullanımdan kaldırıldı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="174"/>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="298"/>
        <source>Cancel the appointment</source>
        <translation>Randevuyu iptal et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="302"/>
        <source>Why it is cancelled</source>
        <translation>İptal nedeni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="306"/>
        <source>&amp;Why:</source>
        <translation>&amp;Neden:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="307"/>
        <source>Appointment: %1</source>
        <translation>Randevu: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="308"/>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="309"/>
        <source>Cancel the &amp;appointment</source>
        <translation>Randevuyu i&amp;ptal et</translation>
    </message>
</context>
<context>
    <name>CancelRequestDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="122"/>
        <source>Cancel the closure request</source>
        <translation>Kapanış talebini iptal et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="125"/>
        <source>The request is kept in the history as withdrawn, and the case becomes active again so you can keep working on it.</source>
        <translation>Talep, geçmişte geri çekildi olarak kalır ve vaka yeniden etkin olur; böylece üzerinde çalışmaya devam edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="127"/>
        <source>Cancel the &amp;request</source>
        <translation>Talebi &amp;iptal et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="128"/>
        <source>&amp;Keep it</source>
        <translation>Talep &amp;kalsın</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="207"/>
        <source>Case</source>
        <translation>Vaka no</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="207"/>
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="207"/>
        <source>Client code</source>
        <translation>Danışan kodu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="207"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="207"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="208"/>
        <source>Opened</source>
        <translation>Açılış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="208"/>
        <source>Counselor</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="208"/>
        <source>Flags</source>
        <translation>İşaretler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="210"/>
        <source>This column cannot be sorted.</source>
        <translation>Bu sütuna göre sıralanamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="253"/>
        <source>name hidden</source>
        <translation>ad gizli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="255"/>
        <source>not assessed</source>
        <translation>değerlendirilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="257"/>
        <source>no flags</source>
        <translation>işaret yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="264"/>
        <source>Name hidden (privacy mode). Select the row and press Space to show it.</source>
        <translation>Ad gizli (gizlilik modu). Göstermek için satırı seçip Boşluk tuşuna basın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="276"/>
        <source>Interpreter: %1</source>
        <translation>Tercüman: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="278"/>
        <source>shelter</source>
        <translation>konukevi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="278"/>
        <source>In a shelter</source>
        <translation>Konukevinde</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="280"/>
        <source>measure</source>
        <translation>tedbir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list.py" line="280"/>
        <source>Active protective measure</source>
        <translation>Yürürlükte koruyucu tedbir</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="46"/>
        <source>Status filter</source>
        <translation>Durum filtresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="47"/>
        <source>Risk filter</source>
        <translation>Risk filtresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="50"/>
        <source>Counselor filter</source>
        <translation>Danışman filtresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="51"/>
        <source>Interpreter language filter</source>
        <translation>Tercüman dili filtresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="53"/>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="53"/>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="54"/>
        <source>In a shelter filter</source>
        <translation>Konukevinde filtresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="55"/>
        <source>Active measure filter</source>
        <translation>Yürürlükte tedbir filtresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="56"/>
        <source>Clear &amp;filters</source>
        <translation>&amp;Filtreleri temizle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="58"/>
        <source>Clear all filters</source>
        <translation>Tüm filtreleri temizle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="64"/>
        <source>S&amp;tatus:</source>
        <translation>Du&amp;rum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="64"/>
        <source>&amp;Risk:</source>
        <translation>Risk dü&amp;zeyi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="65"/>
        <source>Couns&amp;elor:</source>
        <translation>Da&amp;nışman:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="67"/>
        <source>Interpreter lan&amp;guage:</source>
        <translation>&amp;Tercüman dili:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="67"/>
        <source>In s&amp;helter:</source>
        <translation>K&amp;onukevinde:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="68"/>
        <source>&amp;Active measure:</source>
        <translation>&amp;Yürürlükte tedbir:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="80"/>
        <source>Cases</source>
        <translation>Vakalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="82"/>
        <source>Enter opens the selected case. Space shows or hides the client&apos;s name in privacy mode.</source>
        <translation>Enter seçili vakayı açar. Boşluk tuşu, gizlilik modunda danışanın adını gösterir veya gizler.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="99"/>
        <source>Number of cases</source>
        <translation>Vaka sayısı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="100"/>
        <source>Show &amp;name</source>
        <translation>Adı göst&amp;er</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="102"/>
        <source>Show the selected client&apos;s name</source>
        <translation>Seçili danışanın adını göster</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="103"/>
        <source>Show or hide the name of the selected row only (Space)</source>
        <translation>Yalnızca seçili satırdaki adı göster veya gizle (Boşluk)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="104"/>
        <source>Privac&amp;y mode</source>
        <translation>Gizlilik &amp;modu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="108"/>
        <source>Privacy mode: hide client names</source>
        <translation>Gizlilik modu: danışan adlarını gizle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="109"/>
        <source>Hide client names in every list (F9)</source>
        <translation>Danışan adlarını tüm listelerde gizle (F9)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="156"/>
        <source>Any</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="169"/>
        <source> (disabled)</source>
        <translation> (devre dışı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="315"/>
        <source>Loading cases…</source>
        <translation>Vakalar yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="319"/>
        <source>No cases match these filters.</source>
        <translation>Bu filtrelere uyan vaka yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="320"/>
        <source>No cases.</source>
        <translation>Vaka yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="322"/>
        <source>1 case</source>
        <translation>1 vaka</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="324"/>
        <source>%1 cases</source>
        <translation>%1 vaka</translation>
    </message>
</context>
<context>
    <name>CaseSteps</name>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="249"/>
        <source>Case created</source>
        <translation>Vaka oluşturuldu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="250"/>
        <source>Intake finished</source>
        <translation>Başvuru tamamlandı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="251"/>
        <source>Work began</source>
        <translation>Çalışma başladı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="252"/>
        <source>Closure requested</source>
        <translation>Kapanış istendi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="253"/>
        <source>Closure request withdrawn</source>
        <translation>Kapanış talebi geri çekildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="254"/>
        <source>Closure approved</source>
        <translation>Kapanış onaylandı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="255"/>
        <source>Closure returned</source>
        <translation>Kapanış geri gönderildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="256"/>
        <source>Reopened</source>
        <translation>Yeniden açıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="257"/>
        <source>Imported</source>
        <translation>İçe aktarıldı</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="105"/>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 yaşında)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="70"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="70"/>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="78"/>
        <source>female</source>
        <translation>kadın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="79"/>
        <source>male</source>
        <translation>erkek</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="80"/>
        <location filename="../kadin_danisma/gui/base/labels.py" line="93"/>
        <source>not stated</source>
        <translation>belirtilmemiş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="91"/>
        <source>girl</source>
        <translation>kız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="92"/>
        <source>boy</source>
        <translation>erkek</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="111"/>
        <source>Risk: not assessed</source>
        <translation>Risk: değerlendirilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="112"/>
        <source>Risk: %1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="110"/>
        <source>Close (Ctrl+W)</source>
        <translation>Kapat (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="111"/>
        <source>Close this case</source>
        <translation>Vaka sekmesini kapat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="133"/>
        <source>Safe contact</source>
        <translation>Güvenli iletişim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="157"/>
        <source>Case sections</source>
        <translation>Vaka bölümleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="184"/>
        <source>Overvi&amp;ew</source>
        <translation>G&amp;enel bakış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="184"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="185"/>
        <source>C&amp;hildren</source>
        <translation>Ço&amp;cuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="184"/>
        <source>Appoint&amp;ments</source>
        <translation>Rande&amp;vular</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="136"/>
        <source>Resolve &amp;conflicts…</source>
        <translation>&amp;Çakışmaları çöz…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="184"/>
        <source>Follow-ups</source>
        <translation>İzlemler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="185"/>
        <source>Sa&amp;fety plan</source>
        <translation>&amp;Güvenlik planı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="185"/>
        <source>Consen&amp;ts</source>
        <translation>&amp;Onaylar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="185"/>
        <source>&amp;Violence and risk</source>
        <translation>Şiddet ve &amp;risk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="186"/>
        <source>Histor&amp;y</source>
        <translation>Geçmi&amp;ş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="186"/>
        <source>&amp;Referrals</source>
        <translation>&amp;Yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="186"/>
        <source>Shelter pl&amp;acement</source>
        <translation>Kon&amp;ukevi yerleştirmesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="187"/>
        <source>Protective mea&amp;sures</source>
        <translation>Koruyucu &amp;tedbirler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="187"/>
        <source>Aid</source>
        <translation>Yardımlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="187"/>
        <source>Employment</source>
        <translation>Meslek ve iş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="187"/>
        <source>Court cases</source>
        <translation>Davalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="188"/>
        <source>Clos&amp;ure</source>
        <translation>K&amp;apanış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="188"/>
        <source>Attached f&amp;iles</source>
        <translation>Ek do&amp;syalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="189"/>
        <source>KVKK</source>
        <translation>KVKK</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="207"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="227"/>
        <location filename="../kadin_danisma/gui/case/view.py" line="253"/>
        <source>Opening the case…</source>
        <translation>Vaka açılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="290"/>
        <source>Status: %1</source>
        <translation>Durum: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="293"/>
        <source>Counselor: %1</source>
        <translation>Danışman: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="294"/>
        <source>none assigned</source>
        <translation>atanmamış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="297"/>
        <source>Interpreter: %1</source>
        <translation>Tercüman: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="300"/>
        <source>In shelter</source>
        <translation>Konukevinde</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="302"/>
        <source>Active protective measure</source>
        <translation>Yürürlükte koruyucu tedbir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="304"/>
        <source>Protective measure ends within 14 days</source>
        <translation>Koruyucu tedbir 14 gün içinde sona eriyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="306"/>
        <source>On legal hold</source>
        <translation>Yasal saklama altında</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="308"/>
        <source>Conflicts from a package: %1 waiting for a decision. Nothing was overwritten.</source>
        <translation>Paketten gelen çakışmalar: %1 karar bekliyor. Hiçbir şeyin üzerine yazılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="314"/>
        <source>Opened with a stated reason (break-glass). This access is logged for the supervisors.</source>
        <translation>Gerekçeli erişimle açıldı. Bu erişim süpervizörler için kayıt altına alınır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="316"/>
        <source>Reason: %1</source>
        <translation>Gerekçe: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="321"/>
        <source>Read-only: this case is closed.</source>
        <translation>Salt okunur: bu vaka kapalı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="323"/>
        <source>Read-only: this case is under closure review.</source>
        <translation>Salt okunur: bu vaka kapanış incelemesinde.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="325"/>
        <source>Read-only: you can read this case but not change it.</source>
        <translation>Salt okunur: bu vakayı okuyabilirsiniz, ancak değiştiremezsiniz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="332"/>
        <source>NEVER CALL AT HOME</source>
        <translation>EVDEN ASLA ARANMAMALIDIR</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="337"/>
        <source>Safe number: %1</source>
        <translation>Güvenli numara: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="339"/>
        <source>Times: %1</source>
        <translation>Aranabileceği zamanlar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="341"/>
        <source>Code word: %1</source>
        <translation>Parola kelime: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="347"/>
        <source>No safe-contact details recorded — ask her before calling.</source>
        <translation>Güvenli iletişim bilgisi kaydedilmemiş — aramadan önce kendisine sorun.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="362"/>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
</context>
<context>
    <name>CenterPage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="42"/>
        <source>Welcome to Kadın Danışma</source>
        <translation>Kadın Danışma’ya hoş geldiniz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="43"/>
        <source>This creates the encrypted vault for your center. Everything you record stays in it, encrypted, on this computer.</source>
        <translation>Bu adım merkeziniz için şifreli kasayı oluşturur. Kaydettiğiniz her şey bu bilgisayarda, şifreli olarak kasada kalır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="46"/>
        <source>Center name</source>
        <translation>Merkez adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="49"/>
        <source>Vault folder</source>
        <translation>Kasa klasörü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="51"/>
        <source>&amp;Center name:</source>
        <translation>&amp;Merkez adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="52"/>
        <source>Vault folder:</source>
        <translation>Kasa klasörü:</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="95"/>
        <source>Change my password</source>
        <translation>Parolamı değiştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="98"/>
        <source>Current password</source>
        <translation>Mevcut parola</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="101"/>
        <source>An administrator set your password. Choose your own now; only you will know it.</source>
        <translation>Parolanızı bir yönetici belirledi. Şimdi kendi parolanızı seçin; onu yalnızca siz bileceksiniz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="102"/>
        <source>Changing your password does not touch the data; only your key slot is rewritten.</source>
        <translation>Parola değiştirmek verilere dokunmaz; yalnızca sizin anahtar yuvanız yeniden yazılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="104"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Mevcut parola:</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="25"/>
        <source>Add a child</source>
        <translation>Çocuk ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="25"/>
        <source>Edit a child</source>
        <translation>Çocuk bilgilerini düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="29"/>
        <source>Child&apos;s name</source>
        <translation>Çocuğun adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="30"/>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="55"/>
        <source>Year of birth</source>
        <translation>Doğum yılı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="32"/>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="56"/>
        <source>Sex</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="34"/>
        <source>&amp;Stays with her (accompanying)</source>
        <translation>Annesiyle &amp;birlikte kalıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="35"/>
        <source>Stays with her</source>
        <translation>Annesiyle birlikte kalıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="38"/>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="56"/>
        <source>School</source>
        <translation>Okul</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="39"/>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="50"/>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="57"/>
        <source>Concerns</source>
        <translation>Endişeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="43"/>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="57"/>
        <source>Needs</source>
        <translation>İhtiyaçlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="46"/>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Doğum yılı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="47"/>
        <source>Se&amp;x:</source>
        <translation>&amp;Cinsiyet:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="49"/>
        <source>Sc&amp;hool:</source>
        <translation>&amp;Okul:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="53"/>
        <source>N&amp;eeds:</source>
        <translation>İhtiyaç&amp;lar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="55"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
</context>
<context>
    <name>ChildEditor</name>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="92"/>
        <source>Selected child</source>
        <translation>Seçili çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="96"/>
        <source>Accompanying her</source>
        <translation>Annesiyle birlikte</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="101"/>
        <source>Child&apos;s name:</source>
        <translation>Çocuğun adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="102"/>
        <source>Child&apos;s birth year:</source>
        <translation>Çocuğun doğum yılı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="103"/>
        <source>Child&apos;s sex:</source>
        <translation>Çocuğun cinsiyeti:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="105"/>
        <source>School:</source>
        <translation>Okulu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="106"/>
        <source>Concerns:</source>
        <translation>Endişeler:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="107"/>
        <source>Child&apos;s needs:</source>
        <translation>Çocuğun ihtiyaçları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="97"/>
        <source>Child is accompanying her</source>
        <translation>Çocuk annesiyle birlikte</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="101"/>
        <source>Child&apos;s name</source>
        <translation>Çocuğun adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="102"/>
        <source>Child&apos;s birth year</source>
        <translation>Çocuğun doğum yılı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="103"/>
        <source>Child&apos;s sex</source>
        <translation>Çocuğun cinsiyeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="105"/>
        <source>Child&apos;s school</source>
        <translation>Çocuğun okulu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="106"/>
        <source>Concerns about the child</source>
        <translation>Çocukla ilgili endişeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="107"/>
        <source>Child&apos;s needs</source>
        <translation>Çocuğun ihtiyaçları</translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="74"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="74"/>
        <source>Born</source>
        <translation>Doğum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="74"/>
        <source>Sex</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="74"/>
        <source>With her</source>
        <translation>Annesiyle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="74"/>
        <source>School</source>
        <translation>Okul</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="75"/>
        <source>Children</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="79"/>
        <source>Selected child</source>
        <translation>Seçili çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="85"/>
        <source>Add chil&amp;d…</source>
        <translation>Çocuk ek&amp;le…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="87"/>
        <source>Chan&amp;ge child&apos;s details…</source>
        <translation>Çocuk bilgilerini dü&amp;zenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="90"/>
        <source>Children: %1</source>
        <translation>Çocuk sayısı: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="91"/>
        <source>No children recorded.</source>
        <translation>Kayıtlı çocuk yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="111"/>
        <source>Concerns: %1</source>
        <translation>Endişeler: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="112"/>
        <source>Needs: %1</source>
        <translation>İhtiyaçlar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="123"/>
        <source>Child saved.</source>
        <translation>Çocuk bilgileri kaydedildi.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="111"/>
        <source>Her details</source>
        <translation>Danışanın bilgileri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="115"/>
        <source>Not recorded</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="116"/>
        <source>Full name (required)</source>
        <translation>Ad soyad (zorunlu)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="117"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="155"/>
        <source>Birth year</source>
        <translation>Doğum yılı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="119"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="156"/>
        <source>Nationality</source>
        <translation>Uyruk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="120"/>
        <source>Languages she speaks</source>
        <translation>Konuştuğu diller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="122"/>
        <source>No interpreter needed</source>
        <translation>Tercüman gerekmiyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="123"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="158"/>
        <source>Interpreter language</source>
        <translation>Tercüman dili</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="125"/>
        <source>Migrant status</source>
        <translation>Göç / koruma statüsü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="127"/>
        <source>Marital status</source>
        <translation>Medeni durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="129"/>
        <source>Education</source>
        <translation>Eğitim durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="131"/>
        <source>Employment</source>
        <translation>Çalışma durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="133"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="159"/>
        <source>Income</source>
        <translation>Gelir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="134"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="160"/>
        <source>Disability or access needs</source>
        <translation>Engellilik ve erişilebilirlik ihtiyaçları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="135"/>
        <source>District she lives in</source>
        <translation>İkamet ettiği ilçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="138"/>
        <source>Disability (Washington Group domains)</source>
        <translation>Engellilik (Washington Grubu işlev alanları)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="140"/>
        <source>Full &amp;name (required):</source>
        <translation>Ad so&amp;yad (zorunlu):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="141"/>
        <source>&amp;Birth year:</source>
        <translation>D&amp;oğum yılı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="142"/>
        <source>Na&amp;tionality:</source>
        <translation>&amp;Uyruk:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="143"/>
        <source>&amp;Languages she speaks:</source>
        <translation>Konuştuğu di&amp;ller:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="144"/>
        <source>&amp;Interpreter language:</source>
        <translation>Terc&amp;üman dili:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="145"/>
        <source>&amp;Migrant status:</source>
        <translation>&amp;Göç / koruma statüsü:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="146"/>
        <source>Marital stat&amp;us:</source>
        <translation>Mede&amp;ni durum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="147"/>
        <source>&amp;Education:</source>
        <translation>E&amp;ğitim durumu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="148"/>
        <source>Em&amp;ployment:</source>
        <translation>&amp;Çalışma durumu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="149"/>
        <source>In&amp;come:</source>
        <translation>Gel&amp;ir:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="150"/>
        <source>Disabilit&amp;y or access needs:</source>
        <translation>Engellilik ve erişilebilirlik i&amp;htiyaçları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="151"/>
        <source>&amp;District she lives in:</source>
        <translation>İ&amp;kamet ettiği ilçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="152"/>
        <source>Disability (Washington &amp;Group; none ticked: not asked):</source>
        <translation>&amp;Engellilik (Washington Grubu; hiçbiri işaretli değilse: sorulmadı):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="154"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="157"/>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="161"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="162"/>
        <source>Disability</source>
        <translation>Engellilik</translation>
    </message>
</context>
<context>
    <name>ClosureDialogs</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="35"/>
        <source>In a shelter: %1, since %2</source>
        <translation>Konukevinde: %1, %2 tarihinden beri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="36"/>
        <source>A place asked for: %1, since %2</source>
        <translation>Yer istendi: %1, %2 tarihinden beri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="40"/>
        <source>no end date</source>
        <translation>bitiş tarihi yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="41"/>
        <source>Protective measure in force: %1, until %2</source>
        <translation>Yürürlükte koruyucu tedbir: %1, %2 tarihine kadar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="44"/>
        <source>Open referral: %1 (%2)</source>
        <translation>Açık yönlendirme: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="52"/>
        <source>Still open in this case</source>
        <translation>Bu vakada hâlâ açık olanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="56"/>
        <source>Nothing: no shelter placement, no protective measure in force, no open referral.</source>
        <translation>Hiçbiri: konukevi yerleştirmesi, yürürlükte koruyucu tedbir ya da açık yönlendirme yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="62"/>
        <source>Closing the case ends none of these: each has its own end (the placement in its tab, a measure when it expires or is lifted, a referral when it is completed or withdrawn).</source>
        <translation>Vakayı kapatmak bunların hiçbirini sona erdirmez: her birinin kendi sonu vardır (yerleştirme kendi sekmesinden, tedbir süresi dolduğunda ya da kaldırıldığında, yönlendirme tamamlandığında ya da geri çekildiğinde).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="66"/>
        <source>She is still in a shelter or waiting for a place. To approve, say below why the case closes while the placement goes on; or return the request so that the placement is ended first.</source>
        <translation>Danışan hâlâ konukevinde ya da yer bekliyor. Onaylamak için yerleştirme sürerken vakanın neden kapandığını aşağıya yazın; ya da talebi geri gönderin ki önce yerleştirme sonlandırılsın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="69"/>
        <source>She is still in a shelter or waiting for a place. End the placement first (Shelter placement tab); otherwise a supervisor can approve the closure only with a stated reason.</source>
        <translation>Danışan hâlâ konukevinde ya da yer bekliyor. Önce yerleştirmeyi sonlandırın (Konukevi yerleştirmesi sekmesi); aksi hâlde süpervizör kapanışı ancak gerekçe belirterek onaylayabilir.</translation>
    </message>
</context>
<context>
    <name>ClosureHeader</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="239"/>
        <source>Re&amp;quest closure…</source>
        <translation>Ka&amp;panış talep et…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="242"/>
        <source>Re&amp;open case…</source>
        <translation>&amp;Vakayı yeniden aç…</translation>
    </message>
</context>
<context>
    <name>ClosureRequestDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="81"/>
        <source>Request closure</source>
        <translation>Kapanış talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="85"/>
        <source>A supervisor reviews the case before it closes. While the request waits, the case cannot be changed; you can cancel the request.</source>
        <translation>Vaka kapanmadan önce bir süpervizör vakayı inceler. Talep beklerken vakada değişiklik yapılamaz; talebi iptal edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="88"/>
        <source>Reason for closing</source>
        <translation>Kapanış gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="89"/>
        <source>Closing checklist</source>
        <translation>Kapanış kontrol listesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="91"/>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="107"/>
        <source>Closing summary</source>
        <translation>Kapanış özeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="94"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="96"/>
        <source>Closing &amp;summary:</source>
        <translation>Kapanış ö&amp;zeti:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="98"/>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="106"/>
        <source>Checklist</source>
        <translation>Kontrol listesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="103"/>
        <source>Send for re&amp;view</source>
        <translation>İncelemeye gö&amp;nder</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="105"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="239"/>
        <source>Reason: %1</source>
        <translation>Gerekçe: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="240"/>
        <source>Requested by %1 on %2</source>
        <translation>%2 tarihinde %1 tarafından talep edildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="245"/>
        <source>nothing</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="246"/>
        <source>Checked: %1</source>
        <translation>İşaretlenenler: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="248"/>
        <source>Not checked: %1</source>
        <translation>İşaretlenmeyenler: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="72"/>
        <source>Returned closure: the supervisor&apos;s comment</source>
        <translation>Geri gönderilen kapanış: süpervizörün açıklaması</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="74"/>
        <source>Closure request waiting for review</source>
        <translation>İnceleme bekleyen kapanış talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="80"/>
        <source>Closing summary</source>
        <translation>Kapanış özeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="89"/>
        <source>Appr&amp;ove closure…</source>
        <translation>Kapanışı onay&amp;la…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="91"/>
        <source>Return &amp;with a comment…</source>
        <translation>Açıklamayla geri gön&amp;der…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="93"/>
        <source>Cancel the closure re&amp;quest…</source>
        <translation>Kapanış talebini &amp;iptal et…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="82"/>
        <source>&amp;Closing summary:</source>
        <translation>Kapanış ö&amp;zeti:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="57"/>
        <source>the case summary</source>
        <translation>vaka özeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="58"/>
        <source>case-summary.pdf</source>
        <translation>vaka-ozeti.pdf</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="101"/>
        <source>Case summary for supervision</source>
        <translation>Süpervizyon için vaka özeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="105"/>
        <source>Requested</source>
        <translation>Talep</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="105"/>
        <source>By</source>
        <translation>Talep eden</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="105"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="105"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="106"/>
        <source>Decided by</source>
        <translation>Karar veren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="106"/>
        <source>Decided</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="106"/>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="107"/>
        <source>Closure requests and decisions</source>
        <translation>Kapanış talepleri ve kararlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="109"/>
        <source>Review history</source>
        <translation>İnceleme geçmişi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="132"/>
        <source>This case is closed (%1).</source>
        <translation>Bu vaka kapalı (%1).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="134"/>
        <source>Closure requested: waiting for a supervisor&apos;s review.</source>
        <translation>Kapanış istendi: süpervizör incelemesi bekleniyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="136"/>
        <source>No closure request is waiting.</source>
        <translation>Bekleyen kapanış talebi yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="142"/>
        <source>Put forward again after a returned request.</source>
        <translation>Geri gönderilen bir talepten sonra yeniden sunuldu.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="155"/>
        <source>Closure returned by %1 on %2. Their comment:</source>
        <translation>Kapanış, %2 tarihinde %1 tarafından geri gönderildi. Açıklaması:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="168"/>
        <source>Waiting</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="168"/>
        <source>Approved</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="169"/>
        <source>Returned</source>
        <translation>Geri gönderildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="169"/>
        <source>Withdrawn</source>
        <translation>Geri çekildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="178"/>
        <source>Closed while she was still in a shelter. The supervisor&apos;s reason: %1</source>
        <translation>Danışan hâlâ konukevindeyken kapatıldı. Süpervizörün gerekçesi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="184"/>
        <source>Last reopened by %1 on %2: %3</source>
        <translation>En son %2 tarihinde %1 tarafından yeniden açıldı: %3</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="194"/>
        <source>Closure requested: the case waits for a supervisor&apos;s review.</source>
        <translation>Kapanış istendi: vaka süpervizör incelemesini bekliyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="202"/>
        <source>Closure request cancelled: the case is active again.</source>
        <translation>Kapanış talebi iptal edildi: vaka yeniden etkin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="210"/>
        <source>Closure approved: the case is closed.</source>
        <translation>Kapanış onaylandı: vaka kapatıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="211"/>
        <source>Closure returned to the counselor.</source>
        <translation>Kapanış danışmana geri gönderildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="219"/>
        <source>Case reopened: it is active again.</source>
        <translation>Vaka yeniden açıldı: yeniden etkin.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="276"/>
        <source>Confirm the placement</source>
        <translation>Yerleştirmeyi onayla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="279"/>
        <source>She moved into %1 (requested on %2).</source>
        <translation>Yerleştiği konukevi: %1 (talep tarihi: %2).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="281"/>
        <source>Date placed</source>
        <translation>Yerleştirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="283"/>
        <source>&amp;Placed on:</source>
        <translation>&amp;Yerleştirme tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="285"/>
        <source>Placed on</source>
        <translation>Yerleştirme tarihi</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="231"/>
        <source>Check the recovery key</source>
        <translation>Kurtarma anahtarını doğrulayın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="235"/>
        <source>Recovery key group</source>
        <translation>Kurtarma anahtarı grubu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="250"/>
        <source>To show it was written down, type group %1 of the recovery key (six digits) from your copy.</source>
        <translation>Not aldığınızı göstermek için, kopyanızdan kurtarma anahtarının %1. grubunu (altı rakam) yazın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="261"/>
        <source>Correct.</source>
        <translation>Doğru.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="262"/>
        <source>That is not group %1. Look at your copy again.</source>
        <translation>Bu %1. grup değil. Kopyanıza yeniden bakın.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="26"/>
        <source>Conflicts from packages</source>
        <translation>Paketlerden gelen çakışmalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="33"/>
        <source>&amp;Resolve</source>
        <translation>Ç&amp;öz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="34"/>
        <source>C&amp;lose</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="35"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="37"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="37"/>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="37"/>
        <source>This vault</source>
        <translation>Bu kasa</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="37"/>
        <source>Changed here</source>
        <translation>Burada değiştiren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="38"/>
        <source>The partner</source>
        <translation>Karşı taraf</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="38"/>
        <source>Changed there</source>
        <translation>Orada değiştiren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="39"/>
        <source>Open conflicts</source>
        <translation>Açık çakışmalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="41"/>
        <source>&amp;Keep this vault&apos;s value</source>
        <translation>Bu kasadaki değeri &amp;koru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="43"/>
        <source>&amp;Take the partner&apos;s value</source>
        <translation>Karşı tarafın değerini &amp;al</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="45"/>
        <source>T&amp;ype a new value:</source>
        <translation>&amp;Yeni bir değer yaz:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="49"/>
        <source>New value</source>
        <translation>Yeni değer</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="59"/>
        <source>A package brought changes that could not be merged by themselves. Nothing was overwritten: choose which value the case keeps. Your choice goes to the partner with the next package.</source>
        <translation>Bir paket kendiliğinden birleştirilemeyen değişiklikler getirdi. Hiçbir şeyin üzerine yazılmadı: vakada hangi değerin kalacağını seçin. Seçiminiz bir sonraki paketle karşı tarafa gider.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="76"/>
        <source>Open conflicts: %1</source>
        <translation>Açık çakışmalar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="108"/>
        <source>Choose a conflict in the list.</source>
        <translation>Listeden bir çakışma seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="117"/>
        <source>Choose which value the case keeps.</source>
        <translation>Vakada hangi değerin kalacağını seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/conflicts_dialog.py" line="124"/>
        <source>Resolved.</source>
        <translation>Çözüldü.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="22"/>
        <source>Record a consent</source>
        <translation>Onay kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="24"/>
        <source>Kind of consent</source>
        <translation>Onay türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="25"/>
        <source>Date given</source>
        <translation>Veriliş tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="27"/>
        <source>Institution she agreed to share with</source>
        <translation>Bilgi paylaşımına onay verdiği kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="31"/>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="45"/>
        <source>Form version</source>
        <translation>Form sürümü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="33"/>
        <source>Notes on the consent</source>
        <translation>Onaya ilişkin notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="37"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="38"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Veriliş tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="39"/>
        <source>&amp;Institution:</source>
        <translation>K&amp;urum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="40"/>
        <source>Form &amp;version:</source>
        <translation>Form &amp;sürümü:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="41"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="43"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="43"/>
        <source>Given on</source>
        <translation>Veriliş tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="44"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="45"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="89"/>
        <source>Consent</source>
        <translation>Onay</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="89"/>
        <source>Given</source>
        <translation>Veriliş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="89"/>
        <source>Withdrawn</source>
        <translation>Geri alınma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="89"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="90"/>
        <source>Form version</source>
        <translation>Form sürümü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="90"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="90"/>
        <source>Consents</source>
        <translation>Onaylar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="94"/>
        <source>Recor&amp;d a consent…</source>
        <translation>Yen&amp;i onay kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="97"/>
        <source>&amp;Withdraw consent…</source>
        <translation>Onayı geri a&amp;l…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="102"/>
        <source>In force: %1 · withdrawn: %2</source>
        <translation>Geçerli: %1 · geri alınan: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="103"/>
        <source>No consents recorded.</source>
        <translation>Kayıtlı onay yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="121"/>
        <source>Consent recorded.</source>
        <translation>Onay kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="130"/>
        <source>Consent withdrawn.</source>
        <translation>Onay geri alındı.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="35"/>
        <source>Edit contact</source>
        <translation>Bilgi başvurusunu düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="35"/>
        <source>Record a contact (no case)</source>
        <translation>Bilgi başvurusu kaydet (dosyasız)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="41"/>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="52"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="42"/>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="53"/>
        <source>Channel</source>
        <translation>Başvuru yolu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="43"/>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="54"/>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="45"/>
        <source>Not referred</source>
        <translation>Yönlendirilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="45"/>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="55"/>
        <source>Referred to</source>
        <translation>Yönlendirildiği yer</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="47"/>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="56"/>
        <source>Anonymous notes</source>
        <translation>Anonim notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="48"/>
        <source>No name, identity number, phone number or address here: these notes are anonymous. If she opens a case, turn the contact into an intake.</source>
        <translation>Buraya ad, kimlik numarası, telefon numarası veya adres yazmayın: bu notlar anonimdir. Dosya açılacaksa başvuruyu ilk görüşmeye dönüştürün.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="52"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="53"/>
        <source>&amp;Channel:</source>
        <translation>Başvuru &amp;yolu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="54"/>
        <source>&amp;Topic:</source>
        <translation>K&amp;onu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="55"/>
        <source>&amp;Referred to:</source>
        <translation>Yönl&amp;endirildiği yer:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="56"/>
        <source>Anonymous &amp;notes:</source>
        <translation>Anonim &amp;notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="103"/>
        <source>Save &amp;anyway</source>
        <translation>Yine de &amp;kaydet</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="116"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="116"/>
        <source>Channel</source>
        <translation>Başvuru yolu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="116"/>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="116"/>
        <source>Referred to</source>
        <translation>Yönlendirildiği yer</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="116"/>
        <source>Case</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="121"/>
        <source>not referred</source>
        <translation>yönlendirilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="125"/>
        <source>Contacts that are not cases</source>
        <translation>Dosyasız bilgi başvuruları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="135"/>
        <source>&amp;Record a contact…</source>
        <translation>Bilgi başvurusu &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="136"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="138"/>
        <source>&amp;Turn into an intake…</source>
        <translation>Başvuru&amp;ya (dosyaya) dönüştür…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="148"/>
        <source>Calls, visits, e-mails and walk-ins for information only, without a case. They are counted in the activity report. Their notes are anonymous.</source>
        <translation>Dosya açılmadan yalnızca bilgi almak için yapılan aramalar, ziyaretler, e-postalar ve gelişler. Faaliyet raporunda sayılırlar. Notları anonimdir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="192"/>
        <source>Contact recorded.</source>
        <translation>Bilgi başvurusu kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="201"/>
        <source>Contact saved.</source>
        <translation>Bilgi başvurusu kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/contacts_page.py" line="219"/>
        <source>The contact is linked to the new case.</source>
        <translation>Bilgi başvurusu yeni dosyaya bağlandı.</translation>
    </message>
</context>
<context>
    <name>CounselorsDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="299"/>
        <source>Counselors of the case</source>
        <translation>Vakanın danışmanları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="304"/>
        <source>Tick who works on this case. A counselor newly ticked finds it in her inbox.</source>
        <translation>Bu vakada kimlerin çalışacağını işaretleyin. Yeni işaretlenen danışman vakayı kendi gelen kutusunda görür.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="314"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="317"/>
        <source>Counselors</source>
        <translation>Danışmanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="316"/>
        <source>&amp;Counselors:</source>
        <translation>&amp;Danışmanlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="326"/>
        <source>tick at least one counselor.</source>
        <translation>en az bir danışman işaretleyin.</translation>
    </message>
</context>
<context>
    <name>CourtCaseDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="33"/>
        <source>Record a court case</source>
        <translation>Dava kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="34"/>
        <source>Change a court case</source>
        <translation>Davayı değiştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="38"/>
        <source>Kind of case</source>
        <translation>Dava türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="41"/>
        <source>Court or prosecutor&apos;s office</source>
        <translation>Mahkeme veya savcılık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="44"/>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="97"/>
        <source>File number</source>
        <translation>Dosya no</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="46"/>
        <source>Her lawyer</source>
        <translation>Avukatı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="47"/>
        <source>Status of the case</source>
        <translation>Davanın durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="49"/>
        <source>— not decided —</source>
        <translation>— karar yok —</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="49"/>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="98"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="51"/>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="99"/>
        <source>Filed on</source>
        <translation>Açılış tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="52"/>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="99"/>
        <source>Decided on</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="54"/>
        <source>Notes on the case</source>
        <translation>Davayla ilgili notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="57"/>
        <source>Hearing</source>
        <translation>Duruşma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="57"/>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="57"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="57"/>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="100"/>
        <source>Hearings</source>
        <translation>Duruşmalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="59"/>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="101"/>
        <source>Date of a hearing</source>
        <translation>Duruşma tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="63"/>
        <source>Time of the hearing (HH:MM)</source>
        <translation>Duruşma saati (SS:DD)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="64"/>
        <source>HH:MM</source>
        <translation>SS:DD</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="67"/>
        <source>Note on the hearing</source>
        <translation>Duruşmayla ilgili not</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="69"/>
        <source>Add &amp;hearing</source>
        <translation>Duruşma &amp;ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="72"/>
        <source>Remo&amp;ve chosen hearing</source>
        <translation>Seçilen duruşmayı &amp;çıkar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="76"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="77"/>
        <source>&amp;Court:</source>
        <translation>&amp;Mahkeme:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="78"/>
        <source>&amp;File number:</source>
        <translation>&amp;Dosya no:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="79"/>
        <source>&amp;Lawyer:</source>
        <translation>&amp;Avukat:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="80"/>
        <source>S&amp;tatus:</source>
        <translation>Du&amp;rum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="81"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Sonuç:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="82"/>
        <source>Filed o&amp;n:</source>
        <translation>Açı&amp;lış tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="83"/>
        <source>&amp;Decided on:</source>
        <translation>&amp;Karar tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="84"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="89"/>
        <source>Ne&amp;w hearing:</source>
        <translation>&amp;Yeni duruşma:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="94"/>
        <source>Hearings:</source>
        <translation>Duruşmalar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="96"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="96"/>
        <source>Court</source>
        <translation>Mahkeme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="97"/>
        <source>Lawyer</source>
        <translation>Avukat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="98"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="100"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="102"/>
        <source>Time of the hearing</source>
        <translation>Duruşma saati</translation>
    </message>
</context>
<context>
    <name>CourtTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="178"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="178"/>
        <source>Court</source>
        <translation>Mahkeme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="178"/>
        <source>File number</source>
        <translation>Dosya no</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="178"/>
        <source>Lawyer</source>
        <translation>Avukat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="178"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="179"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="179"/>
        <source>Next hearing</source>
        <translation>Sonraki duruşma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="179"/>
        <source>Court cases</source>
        <translation>Davalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="180"/>
        <source>Hearing</source>
        <translation>Duruşma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="180"/>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="180"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="181"/>
        <source>Hearings of the chosen court case</source>
        <translation>Seçilen davanın duruşmaları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="183"/>
        <source>Hearings of the chosen court case:</source>
        <translation>Seçilen davanın duruşmaları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="190"/>
        <source>Record a court &amp;case…</source>
        <translation>&amp;Dava kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="192"/>
        <source>Chan&amp;ge court case…</source>
        <translation>Davayı değ&amp;iştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="199"/>
        <source>No court cases recorded.</source>
        <translation>Kayıtlı dava yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="201"/>
        <source>Court cases: %1 · no hearing ahead</source>
        <translation>Dava: %1 · yaklaşan duruşma yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="203"/>
        <source>Court cases: %1 · next hearing: %2 (%3)</source>
        <translation>Dava: %1 · sonraki duruşma: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="226"/>
        <source>%1 (held)</source>
        <translation>%1 (yapıldı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="233"/>
        <source>Court case recorded.</source>
        <translation>Dava kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/court_tab.py" line="240"/>
        <source>Court case saved.</source>
        <translation>Dava kaydedildi.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="110"/>
        <source>Create the vault</source>
        <translation>Kasayı oluşturun</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="116"/>
        <source>Creating the vault</source>
        <translation>Kasa oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="131"/>
        <source>Center: %1</source>
        <translation>Merkez: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="132"/>
        <source>First administrator: %1</source>
        <translation>İlk yönetici: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="133"/>
        <source>Vault folder: %1</source>
        <translation>Kasa klasörü: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="135"/>
        <source>Press “Create the vault” to create it with the password you typed. Go back first if you want to change anything: after this step it cannot be undone here.</source>
        <translation>Yazdığınız parolayla oluşturmak için “Kasayı oluştur” düğmesine basın. Bir şeyi değiştirmek istiyorsanız önce geri dönün: bu adımdan sonra burada geri alınamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="157"/>
        <source>Creating the encrypted vault… (measuring this computer&apos;s speed to set the key derivation; a few seconds)</source>
        <translation>Şifreli kasa oluşturuluyor… (anahtar türetme ayarı için bu bilgisayarın hızı ölçülüyor; birkaç saniye sürer)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="170"/>
        <source>The vault is ready.</source>
        <translation>Kasa hazır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="179"/>
        <source>The vault could not be created: %1</source>
        <translation>Kasa oluşturulamadı: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="86"/>
        <source>Case</source>
        <translation>Vaka no</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="86"/>
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="88"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="88"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="88"/>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="89"/>
        <source>Returned by</source>
        <translation>Geri gönderen</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="89"/>
        <source>On</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="90"/>
        <source>The supervisor&apos;s comment</source>
        <translation>Süpervizörün yorumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="91"/>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="93"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="91"/>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="93"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="92"/>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="99"/>
        <source>Due</source>
        <translation>Planlanan tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="92"/>
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="94"/>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="99"/>
        <source>Measure</source>
        <translation>Tedbir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="94"/>
        <source>Ends</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="95"/>
        <source>Opened</source>
        <translation>Açılış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="96"/>
        <source>She asks for</source>
        <translation>Talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="96"/>
        <source>Answer due</source>
        <translation>Yanıt tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="98"/>
        <source>Hearing</source>
        <translation>Duruşma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="98"/>
        <source>Court case</source>
        <translation>Dava</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="101"/>
        <source>Dashboard</source>
        <translation>Gösterge paneli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="104"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="105"/>
        <source>Refresh the dashboard</source>
        <translation>Gösterge panelini yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="112"/>
        <source>What needs you now</source>
        <translation>Şimdi sizi bekleyenler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="115"/>
        <source>Returned to me</source>
        <translation>Bana geri gönderilenler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="117"/>
        <source>Appointments today</source>
        <translation>Bugünkü randevular</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="118"/>
        <source>My open cases</source>
        <translation>Açık vakalarım</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="121"/>
        <source>High-risk cases</source>
        <translation>Yüksek riskli vakalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="122"/>
        <source>Protective measures ending within 14 days</source>
        <translation>14 gün içinde sona erecek koruyucu tedbirler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="123"/>
        <source>Women&apos;s KVKK requests waiting for an answer (30 days)</source>
        <translation>Yanıt bekleyen KVKK talepleri (30 gün)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="124"/>
        <source>Law 6284 deadlines: decisions (24 hours) and judges&apos; confirmations (48 hours)</source>
        <translation>6284 süreleri: karar (24 saat) ve hâkim onayı (48 saat)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="126"/>
        <source>Court hearings within 14 days</source>
        <translation>14 gün içindeki duruşmalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="130"/>
        <source>Closures waiting for review</source>
        <translation>İnceleme bekleyen kapanış talepleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="203"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="211"/>
        <source>Closure returned</source>
        <translation>Kapanış geri gönderildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="211"/>
        <source>Newly assigned to you</source>
        <translation>Size yeni atandı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="212"/>
        <source>Follow-up due</source>
        <translation>İzlem zamanı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="212"/>
        <source>Measure ends soon</source>
        <translation>Tedbir yakında bitiyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="217"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="219"/>
        <source>by %1</source>
        <translation>atayan: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="234"/>
        <source>OVERDUE %1</source>
        <translation>GECİKMİŞ %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="273"/>
        <source>decision by %1</source>
        <translation>karar için son: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="273"/>
        <source>judge&apos;s confirmation by %1</source>
        <translation>hâkim onayı için son: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="275"/>
        <source>OVERDUE: %1</source>
        <translation>SÜRE GEÇTİ: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="279"/>
        <source>%1 (OVERDUE by %2 days)</source>
        <translation>%1 (%2 gün GECİKTİ)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="284"/>
        <source>%1 (today)</source>
        <translation>%1 (bugün)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="286"/>
        <source>%1 (tomorrow)</source>
        <translation>%1 (yarın)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="280"/>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="287"/>
        <source>%1 (in %2 days)</source>
        <translation>%1 (%2 gün sonra)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="261"/>
        <source>first %1 of %2</source>
        <translation>toplam %2, ilk %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="119"/>
        <source>Follow-ups overdue or due within %1 days</source>
        <translation>Geciken veya %1 gün içinde zamanı gelen izlemler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="266"/>
        <source>%1 overdue follow-up(s).</source>
        <translation>Geciken izlem sayısı: %1.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../kadin_danisma/gui/base/forms.py" line="128"/>
        <source>DD.MM.YYYY</source>
        <translation>GG.AA.YYYY</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/forms.py" line="130"/>
        <source>Date as day.month.year, for example 14.03.2025. Up and Down arrows change the day.</source>
        <translation>Tarih gün.ay.yıl olarak, örneğin 14.03.2025. Yukarı ve Aşağı okları günü değiştirir.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="142"/>
        <source>Approve the closure</source>
        <translation>Kapanışı onayla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="142"/>
        <source>Return the closure request</source>
        <translation>Kapanış talebini geri gönder</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="195"/>
        <source>Case %1</source>
        <translation>Vaka %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="154"/>
        <source>Closing summary</source>
        <translation>Kapanış özeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="149"/>
        <source>Loading the request…</source>
        <translation>Talep yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="157"/>
        <source>Closing summar&amp;y:</source>
        <translation>Kapanış ö&amp;zeti:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="160"/>
        <source>Approving closes the case: it becomes read-only until a supervisor reopens it.</source>
        <translation>Onaylamak vakayı kapatır: bir süpervizör yeniden açana kadar vaka salt okunur olur.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="161"/>
        <source>The case goes back to its counselor, who sees your comment in the case.</source>
        <translation>Vaka danışmanına geri döner; danışman açıklamanızı vakada görür.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="164"/>
        <source>Why the case closes while she is still in a shelter</source>
        <translation>Danışan hâlâ konukevindeyken vakanın neden kapandığı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="166"/>
        <source>&amp;Why the case closes while she is still in a shelter (required):</source>
        <translation>Danışan hâlâ konukevindeyken vaka &amp;neden kapanıyor (zorunlu):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="170"/>
        <source>Comment for the counselor</source>
        <translation>Danışman için açıklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="173"/>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Açıklama (isteğe bağlı):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="173"/>
        <source>&amp;Comment (required):</source>
        <translation>&amp;Açıklama (zorunlu):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="177"/>
        <source>&amp;Approve and close the case</source>
        <translation>Onayla ve vakayı &amp;kapat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="177"/>
        <source>&amp;Return</source>
        <translation>&amp;Geri gönder</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="178"/>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="179"/>
        <source>Reason for closing during the placement</source>
        <translation>Yerleştirme sürerken kapatma gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="197"/>
        <source>Put forward again: an earlier request was returned.</source>
        <translation>Yeniden sunuldu: önceki bir talep geri gönderilmişti.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="199"/>
        <source>The comment then: %1</source>
        <translation>O zamanki yorum: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="217"/>
        <source>say why the closure is returned.</source>
        <translation>kapatmanın neden geri gönderildiğini yazın.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../kadin_danisma/gui/demo_mode.py" line="29"/>
        <source>Creating a demo vault with synthetic cases…</source>
        <translation>Sentetik vakalarla demo kasası oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/demo_mode.py" line="32"/>
        <source>Kadın Danışma — DEMO</source>
        <translation>Kadın Danışma — DEMO</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/demo_mode.py" line="46"/>
        <source>The demo vault could not be created (%1).</source>
        <translation>Demo kasası oluşturulamadı (%1).</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <location filename="../kadin_danisma/gui/base/dialogs.py" line="50"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/dialogs.py" line="51"/>
        <source>Working…</source>
        <translation>İşleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/dialogs.py" line="54"/>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="121"/>
        <source>Find an institution by name, type or city</source>
        <translation>Kurum ara: ad, tür veya il</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="122"/>
        <source>Name, type or city</source>
        <translation>Ad, tür veya il</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="124"/>
        <source>&amp;Find:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="125"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="125"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="125"/>
        <source>City</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="125"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="125"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="126"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="127"/>
        <source>Institutions</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="128"/>
        <source>&amp;Add institution…</source>
        <translation>Kurum &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="129"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="130"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="189"/>
        <source>&amp;Hide from new referrals</source>
        <translation>Yeni yönlendirmelerde &amp;gizle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="142"/>
        <source>The institutions counselors refer women to. An institution is never deleted, since earlier referrals name it: hide it from new referrals instead. Every change is recorded in the audit log.</source>
        <translation>Danışmanların kadınları yönlendirdiği kurumlar. Önceki yönlendirmelerde adı geçtiği için hiçbir kurum silinmez; bunun yerine kurumu yeni yönlendirmelerde gizleyin. Her değişiklik denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="167"/>
        <source>offered</source>
        <translation>yönlendirmeye açık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="167"/>
        <source>hidden from new referrals</source>
        <translation>yeni yönlendirmelerde gizli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="188"/>
        <source>S&amp;how again for referrals</source>
        <translation>Yönlendirmelerde yeniden &amp;göster</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="198"/>
        <source>Institution added.</source>
        <translation>Kurum eklendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="207"/>
        <source>Institution saved.</source>
        <translation>Kurum kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="216"/>
        <source>Offered again for new referrals.</source>
        <translation>Yeni yönlendirmelerde yeniden sunuluyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="216"/>
        <source>Hidden from new referrals.</source>
        <translation>Yeni yönlendirmelerde gizlendi.</translation>
    </message>
</context>
<context>
    <name>DiscardDraftsDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/unsaved.py" line="56"/>
        <source>Discard unsaved work?</source>
        <translation>Kaydedilmemiş çalışma silinsin mi?</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/unsaved.py" line="60"/>
        <source>This is thrown away for good:</source>
        <translation>Şunlar kalıcı olarak silinir:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/unsaved.py" line="61"/>
        <source>To keep it, choose Cancel and then Restore.</source>
        <translation>Saklamak için İptal&apos;i, sonra Geri yükle&apos;yi seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/unsaved.py" line="62"/>
        <source>&amp;Discard all of it</source>
        <translation>&amp;Hepsini sil</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../kadin_danisma/gui/base/documents.py" line="44"/>
        <source>Export as PDF…</source>
        <translation>PDF olarak dışa aktar…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/documents.py" line="45"/>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/documents.py" line="52"/>
        <source>Save %1 as a PDF file</source>
        <translation>PDF dosyası olarak kaydet: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/documents.py" line="53"/>
        <source>Print %1</source>
        <translation>Yazdır: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/documents.py" line="63"/>
        <source>Archive copy (PDF/A)…</source>
        <translation>Arşiv kopyası (PDF/A)…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/documents.py" line="66"/>
        <source>Export %1 as an archive copy (PDF/A)</source>
        <translation>Arşiv kopyası (PDF/A) olarak dışa aktar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/documents.py" line="94"/>
        <source>Save %1</source>
        <translation>Kaydet: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/documents.py" line="98"/>
        <source>Building the PDF…</source>
        <translation>PDF oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/documents.py" line="112"/>
        <source>Saved: %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/documents.py" line="127"/>
        <source>Printing…</source>
        <translation>Yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/documents.py" line="131"/>
        <source>Sent to the printer: %1 page(s).</source>
        <translation>Yazıcıya gönderildi: %1 sayfa.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/documents.py" line="137"/>
        <source>Not done: %1</source>
        <translation>Yapılamadı: %1</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="85"/>
        <source>Destruction done</source>
        <translation>İmha tamamlandı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="88"/>
        <source>%1 women and %2 cases destroyed (%3); %4 safe-contact details and %5 shelters&apos; contact details cleared.</source>
        <translation>%1 kadın ve %2 dosya imha edildi (%3); %4 güvenli iletişim bilgisi ve %5 konukevinin iletişim bilgisi silindi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="94"/>
        <source>The vault file was rewritten: %1 MiB before, %2 MiB after.</source>
        <translation>Kasa dosyası yeniden yazıldı: önce %1 MiB, sonra %2 MiB.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="96"/>
        <source>The destruction record is kept in the vault; save it as a PDF from the list of records.</source>
        <translation>İmha tutanağı kasada saklanır; tutanaklar listesinden PDF olarak kaydedebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../kadin_danisma/gui/session/drafts.py" line="118"/>
        <source>a case</source>
        <translation>bir vaka</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/session/drafts.py" line="119"/>
        <source>A note in %1 (%2 words)</source>
        <translation>%1 vakasında bir not (%2 kelime)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/session/drafts.py" line="123"/>
        <source>%1 child(ren)</source>
        <translation>%1 çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/session/drafts.py" line="124"/>
        <source>%1 perpetrator(s)</source>
        <translation>%1 şiddet uygulayan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/session/drafts.py" line="130"/>
        <source>the violence history</source>
        <translation>şiddet öyküsü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/session/drafts.py" line="133"/>
        <source>the risk checklist</source>
        <translation>risk kontrol listesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/session/drafts.py" line="136"/>
        <source>how to reach her</source>
        <translation>ulaşma bilgileri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/session/drafts.py" line="137"/>
        <source>The intake for %1</source>
        <translation>%1 için başvuru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/session/drafts.py" line="138"/>
        <source>An intake with no name yet</source>
        <translation>Henüz adı yazılmamış bir başvuru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/session/drafts.py" line="140"/>
        <source> (with %1)</source>
        <translation> (%1 ile)</translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="22"/>
        <source>Record employment support</source>
        <translation>İstihdam desteği kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="22"/>
        <source>Change employment support</source>
        <translation>İstihdam desteğini değiştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="27"/>
        <source>Kind of support</source>
        <translation>Destek türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="30"/>
        <source>Institution or employer</source>
        <translation>Kurum veya işveren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="32"/>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="49"/>
        <source>Started on</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="33"/>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="49"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="35"/>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="50"/>
        <source>Outcome on</source>
        <translation>Sonuç tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="38"/>
        <source>Notes on the support</source>
        <translation>Destekle ilgili notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="40"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="41"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Kurum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="42"/>
        <source>&amp;Started on:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="43"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Sonuç:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="44"/>
        <source>Outcome &amp;on:</source>
        <translation>Sonu&amp;ç tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="45"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="48"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="48"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="50"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>EmploymentTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="84"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="84"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="84"/>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="84"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="84"/>
        <source>On</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="85"/>
        <source>Recorded by</source>
        <translation>Kaydeden</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="85"/>
        <source>Employment support</source>
        <translation>İstihdam desteği</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="92"/>
        <source>Recor&amp;d support…</source>
        <translation>&amp;Destek kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="94"/>
        <source>Chan&amp;ge support…</source>
        <translation>Desteği değ&amp;iştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="100"/>
        <source>Ongoing: %1 · placed in a job: %2 · all: %3</source>
        <translation>Süren: %1 · işe yerleşen: %2 · tümü: %3</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="102"/>
        <source>No employment support recorded.</source>
        <translation>Kayıtlı istihdam desteği yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="119"/>
        <source>Employment support recorded.</source>
        <translation>İstihdam desteği kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/employment_tab.py" line="126"/>
        <source>Employment support saved.</source>
        <translation>İstihdam desteği kaydedildi.</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="300"/>
        <source>End the placement</source>
        <translation>Yerleştirmeyi sonlandır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="303"/>
        <source>She leaves %1.</source>
        <translation>Ayrıldığı konukevi: %1.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="304"/>
        <source>The request for a place in %1 ends (she did not move in).</source>
        <translation>%1 için yer talebi sona eriyor (danışan konukevine yerleşmedi).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="306"/>
        <source>— not stated —</source>
        <translation>— belirtilmemiş —</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="307"/>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="313"/>
        <source>Exit reason</source>
        <translation>Çıkış nedeni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="308"/>
        <source>Date she left</source>
        <translation>Ayrılış tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="310"/>
        <source>E&amp;xit reason:</source>
        <translation>Çıkış &amp;nedeni:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="311"/>
        <source>&amp;Left on:</source>
        <translation>&amp;Ayrılış tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="313"/>
        <source>Left on</source>
        <translation>Ayrılış tarihi</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="371"/>
        <source>is required</source>
        <translation>zorunludur</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="372"/>
        <source>must be text</source>
        <translation>metin olmalıdır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="373"/>
        <source>must be yes or no</source>
        <translation>evet ya da hayır olmalıdır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="375"/>
        <location filename="../kadin_danisma/gui/base/messages.py" line="377"/>
        <source>write the date as DD.MM.YYYY, for example 14.03.2025</source>
        <translation>tarihi GG.AA.YYYY biçiminde yazın, örneğin 14.03.2025</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="379"/>
        <source>is not a real date</source>
        <translation>geçerli bir tarih değil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="380"/>
        <source>is in the future</source>
        <translation>ileri bir tarih olamaz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="381"/>
        <source>is before the start</source>
        <translation>başlangıç tarihinden önce olamaz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="382"/>
        <source>must be a whole number</source>
        <translation>tam sayı olmalıdır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="383"/>
        <source>is too large a number</source>
        <translation>çok büyük bir sayı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="384"/>
        <source>holds characters that are not valid text</source>
        <translation>geçerli metin olmayan karakterler içeriyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="386"/>
        <source>holds a NUL character, which is not allowed</source>
        <translation>izin verilmeyen bir NUL karakteri içeriyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="387"/>
        <source>holds a control or invisible formatting character, which is not allowed here</source>
        <translation>burada izin verilmeyen bir denetim ya da görünmez biçimlendirme karakteri içeriyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="389"/>
        <source>give a year between 1900 and this year</source>
        <translation>1900 ile bu yıl arasında bir yıl girin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="390"/>
        <source>lists a choice twice</source>
        <translation>aynı seçimi iki kez içeriyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="391"/>
        <source>must be a list</source>
        <translation>bir liste olmalıdır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="392"/>
        <source>to finish the intake, tick at least one violence type or write down her request</source>
        <translation>başvuruyu tamamlamak için en az bir şiddet türünü işaretleyin ya da danışanın talebini yazın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="394"/>
        <source>is required when the level differs from the suggestion</source>
        <translation>düzey önerilenden farklıysa zorunludur</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="396"/>
        <source>an institution is only named for consent to share with it</source>
        <translation>kurum yalnızca kurumla paylaşım onayında belirtilir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="398"/>
        <source>must be ticked when an interpreter language or name is given</source>
        <translation>tercüman dili veya adı girildiğinde işaretlenmelidir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="400"/>
        <source>is not an active counselor</source>
        <translation>etkin bir danışman değil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="401"/>
        <source>choose at least one counselor</source>
        <translation>en az bir danışman seçin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="402"/>
        <source>is not in the center&apos;s list</source>
        <translation>merkezin listesinde yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="403"/>
        <source>is not a real day and time</source>
        <translation>geçerli bir gün ve saat değil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="404"/>
        <source>must be after the start</source>
        <translation>başlangıçtan sonra olmalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="405"/>
        <source>is more than 12 hours</source>
        <translation>12 saatten uzun</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="406"/>
        <source>is required when an interpreter is booked</source>
        <translation>tercüman ayarlandığında gereklidir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="408"/>
        <source>must be a list of user names</source>
        <translation>kullanıcı adlarının listesi olmalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="409"/>
        <source>give at least one language</source>
        <translation>en az bir dil seçin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="410"/>
        <source>is already in the list</source>
        <translation>listede zaten var</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="411"/>
        <source>is not part of this case</source>
        <translation>bu vakaya ait değil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="412"/>
        <source>link the file to one record at most</source>
        <translation>dosyayı en fazla bir kayda bağlayın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="413"/>
        <source>choose a member of staff or give a name</source>
        <translation>bir personel seçin veya bir ad yazın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="415"/>
        <source>is not a member of staff</source>
        <translation>personelden biri değil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="416"/>
        <source>must be numbers by sex and age band</source>
        <translation>cinsiyete ve yaş grubuna göre sayı olmalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="418"/>
        <source>must be numbers by age band</source>
        <translation>yaş grubuna göre sayı olmalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="419"/>
        <source>is not women or men</source>
        <translation>kadın veya erkek değil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="420"/>
        <source>is not a known age band</source>
        <translation>bilinen bir yaş grubu değil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="421"/>
        <source>is not in the directory</source>
        <translation>kurum rehberinde yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="422"/>
        <source>must be today or later</source>
        <translation>bugün veya sonrası olmalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="431"/>
        <source>is required for cash and rent</source>
        <translation>nakdi yardım ve kira yardımı için gerekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="432"/>
        <source>is not used for cash and rent: give the amount</source>
        <translation>nakdi yardım ve kira yardımında kullanılmaz: tutarı yazın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="434"/>
        <source>is only for cash and rent: give a quantity</source>
        <translation>yalnızca nakdi yardım ve kira yardımı için: miktarı yazın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="436"/>
        <source>is required when the aid was refused</source>
        <translation>yardım reddedildiyse gerekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="437"/>
        <source>a refused aid was not delivered</source>
        <translation>reddedilen yardım teslim edilmiş olamaz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="438"/>
        <source>is only for a refused aid</source>
        <translation>yalnızca reddedilen yardım için</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="439"/>
        <source>is required when the aid was delivered</source>
        <translation>yardım teslim edildiyse gerekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="440"/>
        <source>is required for this kind of aid</source>
        <translation>bu tür yardım için gerekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="441"/>
        <source>must be an amount in lira, for example 1.500,00</source>
        <translation>TL olarak bir tutar olmalı, örneğin 1.500,00</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="443"/>
        <source>is required when the support has ended</source>
        <translation>destek sona erdiyse gerekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="445"/>
        <source>is only for a support that has ended</source>
        <translation>yalnızca sona eren destek için</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="446"/>
        <source>is required once the court has decided</source>
        <translation>mahkeme karar verdiyse gerekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="448"/>
        <source>is only for a decided case</source>
        <translation>yalnızca karara bağlanmış dava için</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="449"/>
        <source>must be a time written HH:MM</source>
        <translation>SS:DD biçiminde bir saat olmalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="450"/>
        <source>lists the same hearing twice</source>
        <translation>aynı duruşmayı iki kez içeriyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="451"/>
        <source>is required for a request waiting for a decision</source>
        <translation>karar bekleyen talep için gerekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="453"/>
        <source>a request waiting for a decision has no decision time</source>
        <translation>karar bekleyen talebin karar zamanı olamaz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="455"/>
        <source>is only for a measure a governor or police chief took</source>
        <translation>yalnızca mülki amirin veya kolluk amirinin aldığı tedbir için</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="463"/>
        <source>is longer than %1 characters</source>
        <translation>%1 karakterden uzun olamaz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="464"/>
        <source>at least %1 characters.</source>
        <translation>en az %1 karakter olmalıdır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="465"/>
        <source>is before %1</source>
        <translation>%1 yılından önce olamaz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="466"/>
        <source>must be between %1 and %2</source>
        <translation>%1 ile %2 arasında olmalıdır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="467"/>
        <source>is not a known choice</source>
        <translation>listede olmayan bir seçim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="468"/>
        <source>choose one of the offered values</source>
        <translation>sunulan değerlerden birini seçin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="469"/>
        <source>give a number from 0 to %1</source>
        <translation>0 ile %1 arasında bir sayı yazın</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../kadin_danisma/gui/base/files.py" line="35"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/files.py" line="39"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/files.py" line="43"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/files.py" line="47"/>
        <source>Kadın Danışma backups (*.kdbackup)</source>
        <translation>Kadın Danışma yedekleri (*.kdbackup)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/files.py" line="51"/>
        <source>Kadın Danışma packages (*.kdpkg)</source>
        <translation>Kadın Danışma paketleri (*.kdpkg)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/files.py" line="63"/>
        <source>PDF, JPEG or PNG (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF, JPEG veya PNG (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/files.py" line="64"/>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/files.py" line="162"/>
        <source>Replace the file?</source>
        <translation>Dosya değiştirilsin mi?</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/files.py" line="165"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 zaten var. Değiştirilsin mi?</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="288"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="289"/>
        <source>&amp;Next &gt;</source>
        <translation>İ&amp;leri &gt;</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="290"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Kasayı oluştur</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="291"/>
        <source>&amp;Start working</source>
        <translation>Çalışmaya &amp;başla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="292"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>FollowUpButtons</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="55"/>
        <source>Done…</source>
        <translation>Yapıldı…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="55"/>
        <source>Reschedule…</source>
        <translation>Ertele…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="56"/>
        <source>Cancel…</source>
        <translation>İptal et…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="59"/>
        <source>Mark the chosen follow-up done</source>
        <translation>Seçili izlemi yapıldı olarak işaretle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="60"/>
        <source>Reschedule the chosen follow-up</source>
        <translation>Seçili izlemi başka tarihe al</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="61"/>
        <source>Cancel the chosen follow-up</source>
        <translation>Seçili izlemi iptal et</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="29"/>
        <source>planned</source>
        <translation>planlandı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="29"/>
        <source>done</source>
        <translation>yapıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="30"/>
        <source>rescheduled</source>
        <translation>ertelendi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="31"/>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="41"/>
        <source>%1 (overdue)</source>
        <translation>%1 (gecikti)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="43"/>
        <source>%1 (today)</source>
        <translation>%1 (bugün)</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="172"/>
        <source>Due</source>
        <translation>Planlanan tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="172"/>
        <source>What for</source>
        <translation>Ne için</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="172"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="172"/>
        <source>Settled</source>
        <translation>Sonuçlandı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="172"/>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="173"/>
        <source>What came of it</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="173"/>
        <source>Follow-ups</source>
        <translation>İzlemler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="183"/>
        <source>Allow follow-ups after closure…</source>
        <translation>Kapanıştan sonra takibe izin ver…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="185"/>
        <source>Plan a follow-up…</source>
        <translation>İzlem planla…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="187"/>
        <source>Done…</source>
        <translation>Yapıldı…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="189"/>
        <source>Reschedule…</source>
        <translation>Ertele…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="191"/>
        <source>Cancel…</source>
        <translation>İptal et…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="203"/>
        <source>Planned: %1 (due or overdue: %2) · settled: %3</source>
        <translation>Planlanan: %1 (zamanı gelen veya geciken: %2) · sonuçlanan: %3</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="205"/>
        <source>No follow-ups planned.</source>
        <translation>Planlanmış izlem yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="230"/>
        <source>Follow-ups allowed on the closed case.</source>
        <translation>Kapalı dosyada takibe izin verildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="236"/>
        <source>Follow-up planned.</source>
        <translation>İzlem planlandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="242"/>
        <source>Follow-up done.</source>
        <translation>İzlem yapıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="242"/>
        <source>Follow-up rescheduled.</source>
        <translation>İzlem ertelendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="243"/>
        <source>Follow-up cancelled.</source>
        <translation>İzlem iptal edildi.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="57"/>
        <source>Hand over cases</source>
        <translation>Vakaları devret</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="57"/>
        <source>Handing the cases over…</source>
        <translation>Vakalar devrediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="62"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="64"/>
        <source>&amp;All her open cases</source>
        <translation>&amp;Tüm açık vakaları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="66"/>
        <source>&amp;Only the case numbered:</source>
        <translation>&amp;Yalnızca şu numaralı vaka:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="69"/>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="86"/>
        <source>Case number</source>
        <translation>Vaka numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="77"/>
        <source>The counselor who takes them</source>
        <translation>Vakaları devralacak danışman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="79"/>
        <source>&amp;To:</source>
        <translation>&amp;Kime:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="80"/>
        <source>A colleague sharing a case keeps it. Each case&apos;s new counselor is recorded in its history, and the counselor who takes them sees them as newly assigned.</source>
        <translation>Vakayı paylaşan bir meslektaş vakada kalır. Her vakanın yeni danışmanı vakanın geçmişine kaydedilir; devralan danışman vakaları yeni atanmış olarak görür.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="83"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Devret</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="95"/>
        <source>%1 has %2 open case(s).</source>
        <translation>%1 adlı danışmanın %2 açık vakası var.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="99"/>
        <source>%1 open</source>
        <translation>%1 açık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="103"/>
        <source>There is no other counselor to take the cases. Add one first.</source>
        <translation>Vakaları devralacak başka danışman yok. Önce bir danışman ekleyin.</translation>
    </message>
</context>
<context>
    <name>HistoryLines</name>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="65"/>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="94"/>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="66"/>
        <source>year of birth</source>
        <translation>doğum yılı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="67"/>
        <source>date of birth</source>
        <translation>doğum tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="68"/>
        <source>nationality</source>
        <translation>uyruk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="69"/>
        <source>residence status</source>
        <translation>ikamet durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="70"/>
        <source>languages</source>
        <translation>diller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="71"/>
        <source>interpreter language</source>
        <translation>tercüman dili</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="72"/>
        <source>disability or access needs</source>
        <translation>engellilik ve erişilebilirlik ihtiyaçları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="73"/>
        <source>marital status</source>
        <translation>medeni durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="74"/>
        <source>education</source>
        <translation>eğitim durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="75"/>
        <source>employment</source>
        <translation>çalışma durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="76"/>
        <source>income</source>
        <translation>gelir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="77"/>
        <source>safe phone number</source>
        <translation>güvenli telefon numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="78"/>
        <source>safe times to call</source>
        <translation>aranabileceği güvenli zamanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="79"/>
        <source>never call at home</source>
        <translation>evden asla aranmamalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="80"/>
        <source>code word</source>
        <translation>parola kelime</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="81"/>
        <source>notes on contacting her</source>
        <translation>iletişim notları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="82"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="83"/>
        <source>intake date</source>
        <translation>başvuru tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="84"/>
        <source>how she came</source>
        <translation>başvuru şekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="85"/>
        <source>referred by</source>
        <translation>yönlendiren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="86"/>
        <source>her request</source>
        <translation>başvuru talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="87"/>
        <source>violence types</source>
        <translation>şiddet türleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="88"/>
        <source>how often</source>
        <translation>sıklık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="89"/>
        <source>last incident</source>
        <translation>son olay</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="90"/>
        <source>police before</source>
        <translation>daha önce kolluk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="91"/>
        <source>court before</source>
        <translation>daha önce yargı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="92"/>
        <source>earlier contacts</source>
        <translation>önceki başvurular</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="93"/>
        <source>immediate needs</source>
        <translation>acil ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="95"/>
        <source>sex</source>
        <translation>cinsiyet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="96"/>
        <source>with her</source>
        <translation>yanında</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="97"/>
        <source>school</source>
        <translation>okul</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="98"/>
        <source>concerns</source>
        <translation>kaygılar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="99"/>
        <source>needs</source>
        <translation>ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="100"/>
        <source>relationship</source>
        <translation>yakınlık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="101"/>
        <source>lives with her</source>
        <translation>birlikte yaşıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="102"/>
        <source>access to a weapon</source>
        <translation>silaha erişim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="103"/>
        <source>notes</source>
        <translation>notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="104"/>
        <source>measure</source>
        <translation>tedbir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="105"/>
        <source>authority</source>
        <translation>karar veren makam</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="106"/>
        <source>decision date</source>
        <translation>karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="107"/>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="131"/>
        <source>start</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="108"/>
        <source>end</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="109"/>
        <source>court file number</source>
        <translation>dosya numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="110"/>
        <source>status</source>
        <translation>durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="111"/>
        <source>type</source>
        <translation>tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="112"/>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="113"/>
        <source>duration</source>
        <translation>süre</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="114"/>
        <source>interpreter present</source>
        <translation>tercüman vardı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="115"/>
        <source>interpreter</source>
        <translation>tercüman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="116"/>
        <source>never in exports</source>
        <translation>dışa aktarımlara asla girmez</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="117"/>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="119"/>
        <source>kind</source>
        <translation>tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="120"/>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="121"/>
        <source>which unit or association</source>
        <translation>hangi birim veya dernek</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="122"/>
        <source>amount</source>
        <translation>tutar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="123"/>
        <source>quantity</source>
        <translation>miktar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="124"/>
        <source>requested on</source>
        <translation>talep tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="125"/>
        <source>decided on</source>
        <translation>karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="126"/>
        <source>delivered on</source>
        <translation>teslim tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="127"/>
        <source>social inquiry report</source>
        <translation>sosyal inceleme raporu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="128"/>
        <source>committee decision number</source>
        <translation>komisyon karar numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="129"/>
        <source>reason for refusal</source>
        <translation>ret nedeni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="130"/>
        <source>institution</source>
        <translation>kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="132"/>
        <source>outcome</source>
        <translation>sonuç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="133"/>
        <source>outcome date</source>
        <translation>sonuç tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="134"/>
        <source>court</source>
        <translation>mahkeme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="135"/>
        <source>file number</source>
        <translation>dosya numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="136"/>
        <source>lawyer</source>
        <translation>avukat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="137"/>
        <source>filed on</source>
        <translation>açılış tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="138"/>
        <source>time of the request</source>
        <translation>talep zamanı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="139"/>
        <source>time of the decision</source>
        <translation>karar zamanı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="140"/>
        <source>time of the judge&apos;s confirmation</source>
        <translation>hâkim onayı zamanı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="141"/>
        <source>electronic monitoring</source>
        <translation>elektronik izleme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="142"/>
        <source>identity kept confidential</source>
        <translation>kimliğin gizli tutulması</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="148"/>
        <source>her details</source>
        <translation>danışanın bilgilerini</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="149"/>
        <source>the intake</source>
        <translation>başvuruyu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="150"/>
        <source>a child</source>
        <translation>bir çocuğu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="151"/>
        <source>a perpetrator</source>
        <translation>bir şiddet uygulayanı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="152"/>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="318"/>
        <source>a protective measure</source>
        <translation>bir koruyucu tedbiri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="153"/>
        <source>a note</source>
        <translation>bir notu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="154"/>
        <source>an appointment</source>
        <translation>bir randevu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="155"/>
        <source>an attached file</source>
        <translation>bir ek dosya</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="156"/>
        <source>an aid item</source>
        <translation>bir yardım kaydı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="157"/>
        <source>an employment support</source>
        <translation>bir istihdam desteği</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="158"/>
        <source>a court case</source>
        <translation>bir dava</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="164"/>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="183"/>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="188"/>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="262"/>
        <source>nothing</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="166"/>
        <source>a text of %1 characters</source>
        <translation>%1 karakterlik bir metin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="196"/>
        <source>%1 from %2 to %3</source>
        <translation>%1: %2 yerine %3</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="205"/>
        <source>nobody</source>
        <translation>hiç kimse</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="217"/>
        <source>a shelter</source>
        <translation>bir konukevi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="221"/>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="225"/>
        <source>an institution</source>
        <translation>bir kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="228"/>
        <source>the referral letter</source>
        <translation>yönlendirme yazısını</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="228"/>
        <source>the case summary</source>
        <translation>vaka özetini</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="229"/>
        <source>her full record</source>
        <translation>danışanın tüm kaydını</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="229"/>
        <source>the recovery sheet</source>
        <translation>kurtarma belgesini</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="230"/>
        <source>a document</source>
        <translation>bir belgeyi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="243"/>
        <source>created the case %1</source>
        <translation>%1 numaralı vakayı oluşturdu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="245"/>
        <source> with %1 child(ren)</source>
        <translation> (%1 çocukla)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="255"/>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="258"/>
        <source>changed %1: %2</source>
        <translation>%1 değiştirdi: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="260"/>
        <source>changed %1</source>
        <translation>%1 değiştirdi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="263"/>
        <source>%1: from %2 to %3</source>
        <translation>%1: %2 durumundan %3 durumuna</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="266"/>
        <source>counselors changed from %1 to %2</source>
        <translation>danışmanlar değişti: %1 yerine %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="268"/>
        <source> (cases handed over)</source>
        <translation> (vakalar devredildi)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="270"/>
        <source>added a note: %1</source>
        <translation>not ekledi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="272"/>
        <source>assessed the risk as %1 (the checklist suggested %2)</source>
        <translation>riski %1 olarak değerlendirdi (kontrol listesinin önerisi: %2)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="277"/>
        <source>reviewed the safety plan (%1 steps)</source>
        <translation>güvenlik planını gözden geçirdi (%1 adım)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="282"/>
        <source>recorded her consent: %1, for %2</source>
        <translation>onayını kaydetti: %1, %2 için</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="284"/>
        <source>recorded her consent: %1</source>
        <translation>onayını kaydetti: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="286"/>
        <source>sent the whole case to a partner in package %1 (%2 records)</source>
        <translation>vakanın tamamını %1 numaralı paketle bir ortağa gönderdi (%2 kayıt)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="287"/>
        <source>sent what changed to a partner in package %1 (%2 records)</source>
        <translation>değişenleri %1 numaralı paketle bir ortağa gönderdi (%2 kayıt)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="291"/>
        <source>(%1 notes marked never to export stayed here)</source>
        <translation>(dışarı verilmeyecek olarak işaretli %1 not burada kaldı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="294"/>
        <source>kept this vault&apos;s value</source>
        <translation>bu kasadaki değeri korudu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="294"/>
        <source>took the partner&apos;s value</source>
        <translation>karşı tarafın değerini aldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="295"/>
        <source>typed a new value</source>
        <translation>yeni bir değer yazdı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="296"/>
        <source>decided a conflict from a package: %1, %2 (%3)</source>
        <translation>paketten gelen bir çakışmaya karar verdi: %1, %2 (%3)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="300"/>
        <source>recorded that she withdrew a consent: %1</source>
        <translation>onayın geri alındığını kaydetti: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="303"/>
        <source>recorded aid: %1 (%2)</source>
        <translation>yardım kaydetti: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="306"/>
        <source>recorded employment support: %1</source>
        <translation>istihdam desteği kaydetti: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="309"/>
        <source>recorded a court case: %1</source>
        <translation>dava kaydetti: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="311"/>
        <source>changed the hearings of a court case (%1 added or moved, %2 removed)</source>
        <translation>bir davanın duruşmalarını değiştirdi (%1 eklendi veya taşındı, %2 çıkarıldı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="314"/>
        <source>added a protective measure: %1</source>
        <translation>koruyucu tedbir ekledi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="317"/>
        <source>recorded a violation of %1</source>
        <translation>ihlal kaydetti: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="320"/>
        <source>made a referral to %1</source>
        <translation>%1 kurumuna yönlendirme yaptı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="322"/>
        <source>referral to %1: from %2 to %3</source>
        <translation>%1 yönlendirmesi: %2 durumundan %3 durumuna</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="326"/>
        <source>let the referral to %1 go without her consent</source>
        <translation>%1 yönlendirmesinin onay olmadan gönderilmesine izin verdi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="328"/>
        <source>, because: %1</source>
        <translation>, gerekçe: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="335"/>
        <source>she left %1</source>
        <translation>danışan %1 konukevinden ayrıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="336"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="338"/>
        <source>she moved into %1</source>
        <translation>danışan %1 konukevine yerleşti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="339"/>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="478"/>
        <source>, beyond its capacity (with a stated reason)</source>
        <translation>, kapasitesinin üstünde (gerekçe belirtilerek)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="341"/>
        <source>asked for the case to be closed: %1</source>
        <translation>vakanın kapatılmasını istedi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="345"/>
        <source>approved the closure</source>
        <translation>kapanışı onayladı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="346"/>
        <source> while she was still in a shelter, with a stated reason</source>
        <translation> (danışan hâlâ konukevindeyken, gerekçe belirtilerek)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="348"/>
        <source>returned the closure request to the counselor</source>
        <translation>kapanış talebini danışmana geri gönderdi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="351"/>
        <source>planned a follow-up for %1</source>
        <translation>%1 tarihine izlem planladı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="352"/>
        <source>moved a follow-up to %1</source>
        <translation>bir izlemi %1 tarihine erteledi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="357"/>
        <source>cancelled a follow-up</source>
        <translation>bir izlemi iptal etti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="357"/>
        <source>did a follow-up</source>
        <translation>bir izlemi yaptı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="358"/>
        <source>cancelled the follow-up of %1</source>
        <translation>%1 tarihli izlemi iptal etti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="358"/>
        <source>did the follow-up of %1</source>
        <translation>%1 tarihli izlemi yaptı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="361"/>
        <source>imported the case %1</source>
        <translation>%1 numaralı vakayı içe aktardı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="364"/>
        <source>opened the case</source>
        <translation>vakayı açtı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="364"/>
        <source> (with a stated reason)</source>
        <translation> (gerekçe belirterek)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="367"/>
        <source>opened the case, not assigned to them, stating: %1</source>
        <translation>kendisine atanmamış vakayı gerekçe belirterek açtı: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="368"/>
        <source>(the reason is kept with the case)</source>
        <translation>(gerekçe vakayla birlikte saklanır)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="370"/>
        <source>saved %1 as a PDF</source>
        <translation>%1 PDF olarak kaydetti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="371"/>
        <source>, with a password</source>
        <translation>, parolalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="372"/>
        <source>, as an archive copy (PDF/A)</source>
        <translation>, arşiv kopyası (PDF/A) olarak</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="374"/>
        <source>printed %1</source>
        <translation>%1 yazdırdı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="376"/>
        <source>exported the case to a file</source>
        <translation>vakayı bir dosyaya aktardı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="378"/>
        <source>read who opened the case</source>
        <translation>vakayı kimlerin açtığına baktı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="380"/>
        <source>read the case&apos;s history</source>
        <translation>vakanın geçmişine baktı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="387"/>
        <source>booked an appointment: %1</source>
        <translation>randevu verdi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="388"/>
        <source>, with an interpreter</source>
        <translation>, tercümanlı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="389"/>
        <source>, knowing it clashes with another booking</source>
        <translation>, başka bir randevuyla çakıştığını bilerek</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="392"/>
        <source>changed an appointment, knowing it clashes with another booking</source>
        <translation>bir randevuyu başka bir randevuyla çakıştığını bilerek değiştirdi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="394"/>
        <source>recorded an appointment as %1</source>
        <translation>bir randevuyu “%1” olarak kaydetti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="397"/>
        <source>a file</source>
        <translation>bir dosya</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="398"/>
        <source>attached a file: %1</source>
        <translation>dosya ekledi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="399"/>
        <source>removed an attached file: %1</source>
        <translation>ekli bir dosyayı kaldırdı: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="400"/>
        <source>viewed an attached file</source>
        <translation>ekli bir dosyayı görüntüledi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="401"/>
        <source>saved a copy of an attached file</source>
        <translation>ekli bir dosyanın kopyasını kaydetti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="407"/>
        <source>put the case on legal hold (nothing of her record is destroyed until it is lifted)</source>
        <translation>dosyayı yasal saklama altına aldı (kaldırılana kadar kaydından hiçbir şey imha edilmez)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="409"/>
        <source>lifted the legal hold</source>
        <translation>yasal saklamayı kaldırdı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="411"/>
        <source>recorded her request (KVKK): %1, received %2</source>
        <translation>başvurusunu kaydetti (KVKK): %1, geliş tarihi %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="414"/>
        <source>recorded the answer to her request: %1</source>
        <translation>başvurusunun yanıtını kaydetti: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="417"/>
        <source>destroyed the case under the retention policy (%1)</source>
        <translation>dosyayı saklama politikası gereği imha etti (%1)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="424"/>
        <source>allowed up to %1 follow-up(s) on the closed case, until %2</source>
        <translation>kapalı dosyada %2 tarihine kadar en çok %1 takibe izin verdi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="427"/>
        <source>withdrew the allowance of follow-ups after closure</source>
        <translation>kapanış sonrası takip iznini geri aldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="429"/>
        <source>named her on a support group&apos;s attendance (with her consent)</source>
        <translation>onu destek grubu katılım listesine adıyla yazdı (rızasıyla)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="431"/>
        <source>took her name off a support group&apos;s attendance</source>
        <translation>adını destek grubu katılım listesinden çıkardı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="433"/>
        <source>recorded that this case began as a contact for information</source>
        <translation>bu dosyanın bir bilgi başvurusuyla başladığını kaydetti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="439"/>
        <source>added a child: %1</source>
        <translation>çocuk ekledi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="439"/>
        <source>added a child</source>
        <translation>çocuk ekledi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="442"/>
        <source>added a perpetrator: %1</source>
        <translation>şiddet uygulayan ekledi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="444"/>
        <source>added a perpetrator</source>
        <translation>şiddet uygulayan ekledi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="446"/>
        <source>recorded the intake</source>
        <translation>başvuruyu kaydetti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="447"/>
        <source>added %1</source>
        <translation>%1 ekledi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="452"/>
        <source>the child %1</source>
        <translation>%1 adlı çocuğun bilgilerini</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="455"/>
        <source>the perpetrator (%1)</source>
        <translation>şiddet uygulayanın (%1) bilgilerini</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="460"/>
        <source>the measure %1</source>
        <translation>“%1” tedbirini</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="464"/>
        <source>the note %1 of %2</source>
        <translation>%2 tarihli %1 notunu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="472"/>
        <source>asked for a place in %1</source>
        <translation>%1 konukevinden yer istedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="474"/>
        <source>placed her in %1 with %2 child(ren)</source>
        <translation>danışanı %2 çocukla %1 konukevine yerleştirdi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="476"/>
        <source>placed her in %1</source>
        <translation>danışanı %1 konukevine yerleştirdi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_lines.py" line="480"/>
        <source>; a boy is over the shelter&apos;s age limit</source>
        <translation>; bir erkek çocuk konukevinin yaş sınırının üstünde</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="31"/>
        <source>Load a&amp;gain</source>
        <translation>Yeniden yük&amp;le</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="38"/>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="40"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="38"/>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="40"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="39"/>
        <source>Changes to the case, newest first</source>
        <translation>Vakadaki değişiklikler, en yenisi önce</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="38"/>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="40"/>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="41"/>
        <source>Who opened, saved or printed the case</source>
        <translation>Vakayı kimlerin açtığı, kaydettiği ya da yazdırdığı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="42"/>
        <source>Access log (supervisors)</source>
        <translation>Erişim kaydı (süpervizörler)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="44"/>
        <source>Changes</source>
        <translation>Değişiklikler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="67"/>
        <source>Loading the history…</source>
        <translation>Geçmiş yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="81"/>
        <source>Changes recorded: %1</source>
        <translation>Kayıtlı değişiklik: %1</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="39"/>
        <source>Edit institution</source>
        <translation>Kurumu düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="39"/>
        <source>Add an institution</source>
        <translation>Kurum ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="45"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="66"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="46"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="67"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="48"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="68"/>
        <source>City</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="50"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="69"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="52"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="70"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="54"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="71"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="56"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="72"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="59"/>
        <source>Notes for colleagues (opening hours, contact person)</source>
        <translation>Meslektaşlar için notlar (çalışma saatleri, irtibat kişisi)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="63"/>
        <source>&amp;Offered for new referrals</source>
        <translation>Yeni yönlendirmelerde s&amp;unulsun</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="66"/>
        <source>&amp;Name:</source>
        <translation>&amp;Adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="67"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="68"/>
        <source>&amp;City:</source>
        <translation>İ&amp;l:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="69"/>
        <source>&amp;District:</source>
        <translation>İlç&amp;e:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="70"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="71"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;posta:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="72"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="73"/>
        <source>Note&amp;s:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="73"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="162"/>
        <location filename="../kadin_danisma/gui/intake/form.py" line="577"/>
        <location filename="../kadin_danisma/gui/intake/form.py" line="581"/>
        <source>New intake</source>
        <translation>Yeni başvuru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="166"/>
        <source>Intake status</source>
        <translation>Başvuru durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="169"/>
        <source>1. Client</source>
        <translation>1. Danışan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="44"/>
        <source>Full name (required)</source>
        <translation>Ad soyad (zorunlu)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="45"/>
        <source>Full &amp;name (required):</source>
        <translation>Ad so&amp;yad (zorunlu):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="47"/>
        <source>Birth year</source>
        <translation>Doğum yılı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="50"/>
        <source>Nationality</source>
        <translation>Uyruk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="53"/>
        <source>Languages she speaks</source>
        <translation>Konuştuğu diller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="55"/>
        <source>No interpreter needed</source>
        <translation>Tercüman gerekmiyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="56"/>
        <source>Interpreter language</source>
        <translation>Tercüman dili</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="58"/>
        <location filename="../kadin_danisma/gui/intake/form.py" line="214"/>
        <source>Not recorded</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="60"/>
        <source>Migrant status</source>
        <translation>Göç / koruma statüsü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="63"/>
        <source>Marital status</source>
        <translation>Medeni durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="66"/>
        <source>Education</source>
        <translation>Eğitim durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="69"/>
        <source>Employment</source>
        <translation>Çalışma durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="73"/>
        <source>Disability or access needs</source>
        <translation>Engellilik ve erişilebilirlik ihtiyaçları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="76"/>
        <source>District she lives in</source>
        <translation>İkamet ettiği ilçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="77"/>
        <source>District she lives in:</source>
        <translation>İkamet ettiği ilçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="80"/>
        <source>Disability (Washington Group domains; none ticked: not asked)</source>
        <translation>Engellilik (Washington Grubu işlev alanları; hiçbiri işaretli değilse: sorulmadı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="81"/>
        <source>Disability:</source>
        <translation>Engellilik:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="173"/>
        <source>2. Contacting her safely</source>
        <translation>2. Güvenli iletişim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="177"/>
        <source>Safe phone number</source>
        <translation>Güvenli telefon numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="180"/>
        <source>Safe times to contact her</source>
        <translation>Aranabileceği güvenli zamanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="182"/>
        <location filename="../kadin_danisma/gui/intake/form.py" line="183"/>
        <source>Never call her at home</source>
        <translation>Evden asla aranmamalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="186"/>
        <source>Code word</source>
        <translation>Parola kelime</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="188"/>
        <source>Notes on contacting her safely</source>
        <translation>Güvenli iletişime ilişkin notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="191"/>
        <source>Her address</source>
        <translation>Adresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="191"/>
        <source>Her address:</source>
        <translation>Adresi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="194"/>
        <source>3. Children</source>
        <translation>3. Çocuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="196"/>
        <source>Children</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="196"/>
        <source>Add child</source>
        <translation>Çocuk ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="197"/>
        <source>Remove selected child</source>
        <translation>Seçili çocuğu çıkar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="197"/>
        <source>(no name yet)</source>
        <translation>(henüz ad yok)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="198"/>
        <source>This child is already saved with the case and cannot be removed here.</source>
        <translation>Bu çocuk vakayla birlikte kaydedildi; buradan çıkarılamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="204"/>
        <source>Child</source>
        <translation>Çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="209"/>
        <source>4. Violence history and request</source>
        <translation>4. Şiddet öyküsü ve talep</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="213"/>
        <source>Intake date</source>
        <translation>Başvuru tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="216"/>
        <source>How she came</source>
        <translation>Başvuru şekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="218"/>
        <source>Referred by</source>
        <translation>Yönlendiren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="224"/>
        <source>Her request</source>
        <translation>Başvuru talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="226"/>
        <source>Violence types</source>
        <translation>Şiddet türleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="229"/>
        <source>How often</source>
        <translation>Sıklık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="231"/>
        <source>Date of the last incident</source>
        <translation>Son olay tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="233"/>
        <location filename="../kadin_danisma/gui/intake/form.py" line="234"/>
        <source>She went to the police before</source>
        <translation>Daha önce kolluğa başvurdu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="236"/>
        <location filename="../kadin_danisma/gui/intake/form.py" line="237"/>
        <source>She went to court before</source>
        <translation>Daha önce yargıya başvurdu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="240"/>
        <source>Earlier contacts with institutions</source>
        <translation>Kurumlara önceki başvurular</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="243"/>
        <source>Perpetrators</source>
        <translation>Şiddet uygulayanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="243"/>
        <source>Add perpetrator</source>
        <translation>Şiddet uygulayan ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="244"/>
        <source>Remove selected perpetrator</source>
        <translation>Seçili şiddet uygulayanı çıkar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="244"/>
        <source>(no name given)</source>
        <translation>(ad belirtilmedi)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="245"/>
        <source>This perpetrator is already saved with the case and cannot be removed here.</source>
        <translation>Bu şiddet uygulayan kişi vakayla birlikte kaydedildi; buradan çıkarılamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="251"/>
        <source>Perpetrator</source>
        <translation>Şiddet uygulayan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="256"/>
        <source>5. Risk</source>
        <translation>5. Risk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="259"/>
        <source>Danger indicators</source>
        <translation>Tehlike göstergeleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="267"/>
        <source>Suggested level:</source>
        <translation>Önerilen düzey:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="268"/>
        <source>Not assessed yet</source>
        <translation>Henüz değerlendirilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="269"/>
        <source>Risk level</source>
        <translation>Risk düzeyi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="275"/>
        <source>Reason for the level</source>
        <translation>Düzeyin gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="278"/>
        <source>6. Immediate needs</source>
        <translation>6. Acil ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="280"/>
        <source>Immediate needs</source>
        <translation>Acil ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="284"/>
        <source>7. Consents (KVKK)</source>
        <translation>7. Onaylar (KVKK)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="286"/>
        <source>Consents given today</source>
        <translation>Bugün verilen onaylar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="48"/>
        <source>Birth year:</source>
        <translation>Doğum yılı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="51"/>
        <source>Nationality:</source>
        <translation>Uyruk:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="54"/>
        <source>Languages she speaks:</source>
        <translation>Konuştuğu diller:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="57"/>
        <source>Interpreter language:</source>
        <translation>Tercüman dili:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="61"/>
        <source>Migrant status:</source>
        <translation>Göç / koruma statüsü:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="64"/>
        <source>Marital status:</source>
        <translation>Medeni durum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="67"/>
        <source>Education:</source>
        <translation>Eğitim durumu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="70"/>
        <source>Employment:</source>
        <translation>Çalışma durumu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/client_fields.py" line="74"/>
        <source>Disability or access needs:</source>
        <translation>Engellilik ve erişilebilirlik ihtiyaçları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="178"/>
        <source>Safe phone number:</source>
        <translation>Güvenli telefon numarası:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="181"/>
        <source>Safe times to contact her:</source>
        <translation>Aranabileceği güvenli zamanlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="186"/>
        <source>Code word:</source>
        <translation>Parola kelime:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="189"/>
        <source>Notes on contacting her:</source>
        <translation>İletişim notları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="196"/>
        <source>Remove child</source>
        <translation>Çocuğu çıkar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="201"/>
        <source>Children:</source>
        <translation>Çocuklar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="213"/>
        <source>Intake date:</source>
        <translation>Başvuru tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="216"/>
        <source>How she came:</source>
        <translation>Başvuru şekli:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="218"/>
        <source>Referred by:</source>
        <translation>Yönlendiren:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="221"/>
        <source>How she heard of the center</source>
        <translation>Merkezi nereden duydu / kim yönlendirdi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="222"/>
        <source>How she heard of us:</source>
        <translation>Merkezi nereden duydu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="224"/>
        <source>Her request:</source>
        <translation>Başvuru talebi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="227"/>
        <source>Violence types:</source>
        <translation>Şiddet türleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="229"/>
        <source>How often:</source>
        <translation>Sıklık:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="232"/>
        <source>Last incident:</source>
        <translation>Son olay tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="241"/>
        <source>Earlier contacts with institutions:</source>
        <translation>Kurumlara önceki başvurular:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="244"/>
        <source>Remove perpetrator</source>
        <translation>Şiddet uygulayanı çıkar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="248"/>
        <source>Perpetrators:</source>
        <translation>Şiddet uygulayanlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="260"/>
        <source>Danger indicators:</source>
        <translation>Tehlike göstergeleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="269"/>
        <source>Risk level:</source>
        <translation>Risk düzeyi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="275"/>
        <source>Reason:</source>
        <translation>Gerekçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="281"/>
        <source>Immediate needs:</source>
        <translation>Acil ihtiyaçlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="287"/>
        <source>Consents given today:</source>
        <translation>Bugün verilen onaylar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="289"/>
        <source>Ticked consents are recorded as given today when the intake is saved; unticking a saved one records its withdrawal. Consent to share with an institution is recorded with the referral.</source>
        <translation>İşaretlenen onaylar, başvuru kaydedildiğinde bugün verilmiş olarak kaydedilir; kaydedilmiş bir onayın işaretini kaldırmak, onayın geri alındığını kaydeder. Kurumla paylaşım onayı, yönlendirmeyle birlikte kaydedilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="310"/>
        <source>Sections of the intake</source>
        <translation>Başvuru formunun bölümleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="320"/>
        <source>Save status</source>
        <translation>Kayıt durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="321"/>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation>&amp;Taslağı kaydet (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="322"/>
        <source>Save draft</source>
        <translation>Taslağı kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="323"/>
        <source>&amp;Finish intake</source>
        <translation>Başvu&amp;ruyu tamamla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="324"/>
        <source>Finish intake</source>
        <translation>Başvuruyu tamamla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="325"/>
        <source>Clos&amp;e</source>
        <translation>K&amp;apat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="326"/>
        <source>Close the intake form</source>
        <translation>Başvuru formunu kapat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="419"/>
        <source>Ticked from the perpetrators: one has access to a weapon.</source>
        <translation>Şiddet uygulayanlardan işaretlendi: birinin silaha erişimi var.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="442"/>
        <source>%1 (no indicator ticked)</source>
        <translation>%1 (işaretli gösterge yok)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="444"/>
        <source>Suggested level: %1</source>
        <translation>Önerilen düzey: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="450"/>
        <source>The level differs from the suggested level: give a reason.</source>
        <translation>Düzey, önerilen düzeyden farklı: gerekçe yazın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="468"/>
        <source>Not saved: %1 problem(s) are marked in the form; the first one has the focus.</source>
        <translation>Kaydedilmedi: formda %1 sorun işaretlendi; imleç ilk sorunlu alanda.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="502"/>
        <source>Finishing the intake…</source>
        <translation>Başvuru tamamlanıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="502"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="529"/>
        <source>Intake finished and saved at %1.</source>
        <translation>Başvuru tamamlandı ve kaydedildi (saat %1).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="531"/>
        <source>Draft saved at %1.</source>
        <translation>Taslak kaydedildi (saat %1).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="573"/>
        <source>Intake</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="574"/>
        <source>Intake finished — the case is open.</source>
        <translation>Başvuru tamamlandı — vaka açıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="578"/>
        <source>Draft — intake not finished</source>
        <translation>Taslak — başvuru tamamlanmadı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="582"/>
        <source>Not saved yet — what you type is kept as an encrypted draft until you save.</source>
        <translation>Henüz kaydedilmedi — yazdıklarınız, siz kaydedene kadar şifreli taslak olarak saklanır.</translation>
    </message>
</context>
<context>
    <name>InterpreterDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="58"/>
        <source>Edit the interpreter</source>
        <translation>Tercümanı düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="58"/>
        <source>Add an interpreter</source>
        <translation>Tercüman ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="65"/>
        <source>Interpreter&apos;s name</source>
        <translation>Tercümanın adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="67"/>
        <source>Languages she interprets</source>
        <translation>Tercümanlık yaptığı diller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="70"/>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="86"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="72"/>
        <source>Notes (days she is free, agency)</source>
        <translation>Notlar (uygun olduğu günler, bağlı olduğu kurum)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="75"/>
        <source>&amp;Offered for new appointments</source>
        <translation>Yeni randevularda &amp;sunulsun</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="76"/>
        <source>Offered for new appointments</source>
        <translation>Yeni randevularda sunulsun</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="79"/>
        <source>&amp;Name:</source>
        <translation>&amp;Adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="80"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Diller:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="81"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="82"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="85"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="85"/>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="86"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="188"/>
        <source>Your recovery key</source>
        <translation>Kurtarma anahtarınız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="194"/>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="197"/>
        <source>This key opens the vault if every password is forgotten. It is shown only now. Write it down or print it, and keep it locked away from this computer. Anyone with this key and the vault folder can read everything.</source>
        <translation>Bu anahtar, bütün parolalar unutulursa kasayı açar. Yalnızca şimdi gösterilir. Not alın ya da yazdırın ve bu bilgisayardan uzakta, kilitli bir yerde saklayın. Bu anahtara ve kasa klasörüne sahip olan herkes her şeyi okuyabilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="200"/>
        <source>the recovery sheet</source>
        <translation>kurtarma belgesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="200"/>
        <source>recovery-key.pdf</source>
        <translation>kurtarma-anahtari.pdf</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="201"/>
        <source>&amp;Save the sheet as PDF…</source>
        <translation>Belgeyi PDF olarak &amp;kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="202"/>
        <source>&amp;Print the sheet…</source>
        <translation>Belgeyi &amp;yazdır…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="203"/>
        <source>I have &amp;written down the recovery key and will keep it safe</source>
        <translation>Kurtarma anahtarını &amp;not aldım ve güvenle saklayacağım</translation>
    </message>
</context>
<context>
    <name>KvkkLabels</name>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="14"/>
        <source>access to her record</source>
        <translation>kaydına erişim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="15"/>
        <source>correction</source>
        <translation>düzeltme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="16"/>
        <source>erasure</source>
        <translation>silme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="17"/>
        <source>objection</source>
        <translation>itiraz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="23"/>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="39"/>
        <source>erasure waiting for a supervisor&apos;s approval</source>
        <translation>silme, süpervizör onayı bekliyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="25"/>
        <source>waiting for an answer</source>
        <translation>yanıt bekliyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="31"/>
        <source>answered: her record given</source>
        <translation>yanıtlandı: kaydı verildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="32"/>
        <source>answered: corrected</source>
        <translation>yanıtlandı: düzeltildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="33"/>
        <source>answered: not corrected (the record is accurate)</source>
        <translation>yanıtlandı: düzeltilmedi (kayıt doğru)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="35"/>
        <source>refused: the record is on legal hold</source>
        <translation>reddedildi: kayıt yasal saklama altında</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="36"/>
        <source>refused: a legal duty to keep the record</source>
        <translation>reddedildi: kaydı saklama yükümlülüğü var</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="37"/>
        <source>answered: objection accepted</source>
        <translation>yanıtlandı: itiraz kabul edildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="38"/>
        <source>answered: objection refused</source>
        <translation>yanıtlandı: itiraz reddedildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="45"/>
        <source>court proceedings are under way</source>
        <translation>süren bir dava var</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="46"/>
        <source>a protective measure is in force</source>
        <translation>yürürlükte bir koruyucu tedbir var</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="47"/>
        <source>her case is still open</source>
        <translation>dosyası hâlâ açık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="48"/>
        <source>a statutory retention period has not ended</source>
        <translation>kanuni saklama süresi dolmadı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="54"/>
        <source>anonymize</source>
        <translation>anonim hale getir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="55"/>
        <source>delete</source>
        <translation>sil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="61"/>
        <source>periodic</source>
        <translation>periyodik</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="62"/>
        <source>her own request</source>
        <translation>kendi talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="68"/>
        <source>legal hold</source>
        <translation>yasal saklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="69"/>
        <source>a case was reopened</source>
        <translation>bir dosya yeniden açıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="70"/>
        <source>not due any more</source>
        <translation>süresi artık dolmuyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="71"/>
        <source>no longer there</source>
        <translation>artık yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="77"/>
        <source>Fixing the statistics of past months…</source>
        <translation>Geçmiş ayların istatistikleri sabitleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="78"/>
        <source>Destroying…</source>
        <translation>İmha ediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/kvkk_labels.py" line="79"/>
        <source>Rewriting the vault file so no page keeps what was destroyed…</source>
        <translation>Kasa dosyası, hiçbir sayfa imha edileni tutmasın diye yeniden yazılıyor…</translation>
    </message>
</context>
<context>
    <name>KvkkTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="44"/>
        <source>Place a le&amp;gal hold…</source>
        <translation>Yasal saklama koy (&amp;hukuki süreç)…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="46"/>
        <source>Lift the legal h&amp;old…</source>
        <translation>Yasal saklamayı ka&amp;ldır…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="48"/>
        <source>Placed</source>
        <translation>Konuldu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="48"/>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="49"/>
        <source>By</source>
        <translation>Yapan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="48"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="48"/>
        <source>Lifted</source>
        <translation>Kaldırıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="49"/>
        <source>Reason for lifting</source>
        <translation>Kaldırma gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="49"/>
        <source>Legal holds of the case</source>
        <translation>Dosyanın yasal saklama kayıtları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="51"/>
        <source>Legal hold</source>
        <translation>Yasal saklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="62"/>
        <source>Recor&amp;d a request…</source>
        <translation>Talep kay&amp;det…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="64"/>
        <source>Ans&amp;wer…</source>
        <translation>Yan&amp;ıtla…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="66"/>
        <source>She asks for</source>
        <translation>Talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="66"/>
        <source>Came on</source>
        <translation>Geliş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="66"/>
        <source>Answer due</source>
        <translation>Yanıt tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="67"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="67"/>
        <source>Her words</source>
        <translation>Kendi sözleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="68"/>
        <source>Her requests under KVKK article 11</source>
        <translation>KVKK 11. madde kapsamındaki talepleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="69"/>
        <source>Her requests (KVKK art. 11: answered within 30 days)</source>
        <translation>Talepleri (KVKK m. 11: 30 gün içinde yanıtlanır)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="107"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="128"/>
        <source>Not on legal hold: her record is destroyed when its retention period ends.</source>
        <translation>Yasal saklama yok: saklama süresi dolunca kaydı imha edilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="131"/>
        <source>ON LEGAL HOLD since %1 (placed by %2). Nothing of her record is destroyed until a supervisor lifts it.</source>
        <translation>%1 tarihinden beri YASAL SAKLAMA ALTINDA (koyan: %2). Bir süpervizör kaldırana kadar kaydından hiçbir şey imha edilmez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="151"/>
        <source>%1 days late</source>
        <translation>%1 gün gecikti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="152"/>
        <source>%1 days left</source>
        <translation>%1 gün kaldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="160"/>
        <source>No requests from her.</source>
        <translation>Talebi yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="163"/>
        <source>Waiting for an answer: %1; the nearest deadline is in %2 days.</source>
        <translation>Yanıt bekleyen: %1; en yakın süre %2 gün sonra doluyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="166"/>
        <source>Every request answered.</source>
        <translation>Tüm talepler yanıtlandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="187"/>
        <source>Legal hold placed.</source>
        <translation>Yasal saklama konuldu.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="194"/>
        <source>Legal hold lifted.</source>
        <translation>Yasal saklama kaldırıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="201"/>
        <source>Request recorded; answer it within 30 days.</source>
        <translation>Talep kaydedildi; 30 gün içinde yanıtlayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="224"/>
        <source>Her record is on legal hold: the erasure was refused and the answer recorded.</source>
        <translation>Kaydı yasal saklama altında: silme reddedildi ve yanıt kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="226"/>
        <source>Erasure proposed: a supervisor who did not propose it approves it on the KVKK page.</source>
        <translation>Silme önerildi: öneren dışındaki bir süpervizör KVKK sayfasında onaylar.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="228"/>
        <source>Answer recorded.</source>
        <translation>Yanıt kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="233"/>
        <source>Save her record</source>
        <translation>Kaydını kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="237"/>
        <source>Writing her record…</source>
        <translation>Kaydı yazılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_tab.py" line="239"/>
        <source>Her record was saved as %1 and the request answered.</source>
        <translation>Kaydı %1 olarak kaydedildi ve talep yanıtlandı.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="145"/>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="147"/>
        <source>yesterday</source>
        <translation>dün</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="148"/>
        <source>%1 days ago</source>
        <translation>%1 gün önce</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="155"/>
        <source>%1 bytes</source>
        <translation>%1 bayt</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="157"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="158"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="159"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="77"/>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="410"/>
        <source>Referral letter</source>
        <translation>Yönlendirme yazısı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="98"/>
        <source>A letter to %1. Tick only what this institution needs to know: the minimum is ticked already.</source>
        <translation>Yazının gönderileceği kurum: %1. Yalnızca bu kurumun bilmesi gerekenleri işaretleyin; gereken en az bilgi zaten işaretli.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="102"/>
        <source>Language of the letter</source>
        <translation>Yazının dili</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="103"/>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="104"/>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="106"/>
        <source>What goes into the letter</source>
        <translation>Yazıya girecek bilgiler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="108"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="111"/>
        <source>Files to attach (none unless ticked)</source>
        <translation>Eklenecek dosyalar (işaretlenmedikçe hiçbiri)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="127"/>
        <source>The letter&apos;s first page</source>
        <translation>Yazının ilk sayfası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="133"/>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="301"/>
        <source>Building the preview…</source>
        <translation>Önizleme hazırlanıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="135"/>
        <source>First page, as it will be</source>
        <translation>İlk sayfa, olacağı gibi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="144"/>
        <source>PDF password (optional)</source>
        <translation>PDF parolası (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="146"/>
        <source>Repeat the PDF password</source>
        <translation>PDF parolasını tekrarlayın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="148"/>
        <source>&amp;Archive copy (PDF/A, without a password)</source>
        <translation>Arşiv &amp;kopyası (PDF/A, parolasız)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="151"/>
        <source>Archive copy: PDF/A for the document archive, without a password</source>
        <translation>Arşiv kopyası: belge arşivi için PDF/A, parolasız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="153"/>
        <source>Not chosen yet.</source>
        <translation>Henüz seçilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="155"/>
        <source>C&amp;hoose the file…</source>
        <translation>Dosyayı &amp;seç…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="163"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="164"/>
        <source>PDF &amp;password:</source>
        <translation>PDF &amp;parolası:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="165"/>
        <source>&amp;Repeat password:</source>
        <translation>Parolayı &amp;tekrarla:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="167"/>
        <source>Save to:</source>
        <translation>Kayıt yeri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="168"/>
        <source>With a password, the institution needs it to open the letter: tell it to them another way (by phone), never in the same e-mail.</source>
        <translation>Parola konulursa kurum, yazıyı açmak için bu parolaya ihtiyaç duyar: parolayı başka bir yoldan (telefonla) iletin, asla aynı e-postayla göndermeyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="179"/>
        <source>&amp;Open the letter</source>
        <translation>Yazıyı &amp;aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="184"/>
        <source>&amp;Create the PDF</source>
        <translation>PDF &amp;oluştur</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="187"/>
        <source>Pr&amp;int…</source>
        <translation>Ya&amp;zdır…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="189"/>
        <source>Print the letter</source>
        <translation>Yazıyı yazdır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="245"/>
        <source>Attach to the letter: %1</source>
        <translation>Yazıya ekle: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="266"/>
        <source>Include in the letter: %1</source>
        <translation>Yazıya ekle: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="281"/>
        <source>Nothing about her can go into this letter.</source>
        <translation>Danışana ilişkin hiçbir bilgi bu yazıya eklenemez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="311"/>
        <source>The letter carries: %1</source>
        <translation>Yazıda yer alanlar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="312"/>
        <source>the reason and the requested service only</source>
        <translation>yalnızca gerekçe ve istenen hizmet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="313"/>
        <source>Updated as you tick.</source>
        <translation>İşaretledikçe güncellenir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="321"/>
        <source>Save the letter as</source>
        <translation>Yazıyı farklı kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="322"/>
        <source>referral-letter.pdf</source>
        <translation>yonlendirme-yazisi.pdf</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="337"/>
        <source>A file with this name exists and will be replaced.</source>
        <translation>Bu adla bir dosya var; üzerine yazılacak.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="355"/>
        <source>PDF password: at least %1 characters, or leave it empty.</source>
        <translation>PDF parolası: en az %1 karakter olmalı ya da boş bırakın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="358"/>
        <source>PDF password: the two entries differ.</source>
        <translation>PDF parolası: iki giriş aynı değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="373"/>
        <source>Choose where to save the letter.</source>
        <translation>Yazının kaydedileceği yeri seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="412"/>
        <source>Sent to the printer: %1 page(s).</source>
        <translation>Yazıcıya gönderildi: %1 sayfa.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="413"/>
        <source>Not printed: %1</source>
        <translation>Yazdırılamadı: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="414"/>
        <source>Printing…</source>
        <translation>Yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="77"/>
        <source>Creating the letter…</source>
        <translation>Yazı oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="389"/>
        <source>The letter was saved: %1</source>
        <translation>Yazı kaydedildi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="394"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>LiftHoldDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="42"/>
        <source>Lift the legal hold</source>
        <translation>Yasal saklamayı kaldır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="43"/>
        <source>After the hold is lifted her record is destroyed when its retention period ends (or at her request). State why it may be lifted.</source>
        <translation>Saklama kaldırıldıktan sonra kaydı, saklama süresi dolunca (ya da kendi talebiyle) imha edilir. Neden kaldırılabileceğini yazın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="45"/>
        <source>Reason for lifting the hold</source>
        <translation>Saklamayı kaldırma gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="45"/>
        <source>&amp;Lift the hold</source>
        <translation>Saklamayı &amp;kaldır</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kadin_danisma/gui/main_window.py" line="94"/>
        <source>Kadın Danışma</source>
        <translation>Kadın Danışma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/main_window.py" line="94"/>
        <source>Kadın Danışma — DEMO</source>
        <translation>Kadın Danışma — DEMO</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/main_window.py" line="100"/>
        <source>DEMO — synthetic cases only, deleted when the app closes. Sign in as danisman1 (counselor), supervizor (supervisor) or demo (admin); password: %1</source>
        <translation>DEMO — yalnızca sentetik vakalar; uygulama kapanınca silinir. danisman1 (danışman), supervizor (süpervizör) ya da demo (yönetici) olarak giriş yapın; parola: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/main_window.py" line="102"/>
        <source>Demo mode</source>
        <translation>Demo modu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/main_window.py" line="242"/>
        <source>Locked.</source>
        <translation>Kilitlendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/main_window.py" line="254"/>
        <source>Changing the vault key… Do not close the app.</source>
        <translation>Kasa anahtarı değiştiriliyor… Uygulamayı kapatmayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/main_window.py" line="272"/>
        <source>Change the vault key</source>
        <translation>Kasa anahtarını değiştir</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="34"/>
        <source>Add a protective measure</source>
        <translation>Koruyucu tedbir ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="34"/>
        <source>Edit a protective measure</source>
        <translation>Koruyucu tedbiri düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="39"/>
        <source>Type of measure</source>
        <translation>Tedbir türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="40"/>
        <source>— not stated —</source>
        <translation>— belirtilmemiş —</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="41"/>
        <source>Authority that decided</source>
        <translation>Kararı veren merci</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="42"/>
        <source>Decision date</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="43"/>
        <source>Start date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="44"/>
        <source>End date (empty when none is set)</source>
        <translation>Bitiş tarihi (belirlenmemişse boş)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="46"/>
        <source>Court or file number</source>
        <translation>Mahkeme / dosya no</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="48"/>
        <source>Status of the measure</source>
        <translation>Tedbirin durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="50"/>
        <source>Requested at (date and time)</source>
        <translation>Talep zamanı (tarih ve saat)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="52"/>
        <source>Decided at (date and time)</source>
        <translation>Karar zamanı (tarih ve saat)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="54"/>
        <source>Confirmed by a judge at (date and time)</source>
        <translation>Hâkim onayı zamanı (tarih ve saat)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="56"/>
        <source>Electronic &amp;monitoring</source>
        <translation>&amp;Elektronik izleme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="57"/>
        <source>Her &amp;identity kept confidential</source>
        <translation>Kimliği &amp;gizli tutuluyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="59"/>
        <source>Notes on the measure</source>
        <translation>Tedbire ilişkin notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="63"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="64"/>
        <source>&amp;Authority:</source>
        <translation>&amp;Merci:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="65"/>
        <source>&amp;Decided on:</source>
        <translation>&amp;Karar tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="66"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="67"/>
        <source>&amp;Ends:</source>
        <translation>Bit&amp;iş:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="68"/>
        <source>&amp;File number:</source>
        <translation>&amp;Dosya no:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="69"/>
        <source>Stat&amp;us:</source>
        <translation>D&amp;urum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="70"/>
        <source>Re&amp;quested at:</source>
        <translation>Talep &amp;zamanı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="71"/>
        <source>Decided at:</source>
        <translation>Karar zamanı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="72"/>
        <source>Judge&apos;s confirmation at:</source>
        <translation>Hâkim onayı zamanı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="75"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="78"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="78"/>
        <source>Authority</source>
        <translation>Merci</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="79"/>
        <source>Decided on</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="80"/>
        <source>Starts</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="80"/>
        <source>Ends</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="81"/>
        <source>File number</source>
        <translation>Dosya no</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="82"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="82"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="83"/>
        <source>Requested at</source>
        <translation>Talep zamanı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="84"/>
        <source>Decided at</source>
        <translation>Karar zamanı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="85"/>
        <source>Judge&apos;s confirmation at</source>
        <translation>Hâkim onayı zamanı</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="166"/>
        <source>Measure</source>
        <translation>Tedbir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="166"/>
        <source>Authority</source>
        <translation>Merci</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="166"/>
        <source>Decided</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="166"/>
        <source>Starts</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="166"/>
        <source>Ends</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="167"/>
        <source>File number</source>
        <translation>Dosya no</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="167"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="167"/>
        <source>Violations</source>
        <translation>İhlaller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="167"/>
        <source>Deadline</source>
        <translation>Süre</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="167"/>
        <source>Flags</source>
        <translation>İşaretler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="168"/>
        <source>Protective measures</source>
        <translation>Koruyucu tedbirler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="171"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="171"/>
        <source>Reported to</source>
        <translation>Bildirildiği yer</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="171"/>
        <source>What happened</source>
        <translation>Yaşanan olay</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="172"/>
        <source>Violations of the chosen measure</source>
        <translation>Seçili tedbirin ihlalleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="173"/>
        <source>Violations of the chosen measure:</source>
        <translation>Seçili tedbirin ihlalleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="190"/>
        <source>Ne&amp;w measure…</source>
        <translation>Yen&amp;i tedbir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="192"/>
        <source>Chan&amp;ge measure…</source>
        <translation>Tedbiri &amp;düzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="195"/>
        <source>Rec&amp;ord a violation…</source>
        <translation>İ&amp;hlal kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="201"/>
        <source>Active: %1 · other: %2</source>
        <translation>Yürürlükte: %1 · diğer: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="202"/>
        <source>No protective measures recorded.</source>
        <translation>Kayıtlı koruyucu tedbir yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="209"/>
        <source>%1 (ends soon)</source>
        <translation>%1 (yakında sona eriyor)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="211"/>
        <source>electronic monitoring</source>
        <translation>elektronik izleme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="212"/>
        <source>identity confidential</source>
        <translation>kimlik gizli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="226"/>
        <source>Ends within %1 days: %2, on %3</source>
        <translation>%1 gün içinde sona eriyor: %2 (bitiş: %3)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="234"/>
        <source>Decision due %1</source>
        <translation>Karar için son: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="234"/>
        <source>Judge&apos;s confirmation due %1</source>
        <translation>Hâkim onayı için son: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="237"/>
        <source>%1 (OVERDUE)</source>
        <translation>%1 (SÜRE GEÇTİ)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="238"/>
        <source>%1 (soon)</source>
        <translation>%1 (yaklaşıyor)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="254"/>
        <source>Measure added.</source>
        <translation>Tedbir eklendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="261"/>
        <source>Measure saved.</source>
        <translation>Tedbir kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="269"/>
        <source>Violation recorded.</source>
        <translation>İhlal kaydedildi.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="16"/>
        <source>at least 10 characters</source>
        <translation>en az 10 karakter</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="17"/>
        <source>at most 1024 characters</source>
        <translation>en çok 1024 karakter</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="18"/>
        <source>not a common password</source>
        <translation>yaygın bir parola olmamalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="19"/>
        <source>must not contain the user name</source>
        <translation>kullanıcı adını içermemeli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="20"/>
        <source>not one character repeated</source>
        <translation>tek bir karakterin tekrarı olmamalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="93"/>
        <source>The center name is required.</source>
        <translation>Merkez adı gereklidir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="94"/>
        <source>A user with this name already exists.</source>
        <translation>Bu adla bir kullanıcı zaten var.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="95"/>
        <source>There is no such user.</source>
        <translation>Böyle bir kullanıcı yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="96"/>
        <source>This user is already disabled.</source>
        <translation>Bu kullanıcı zaten devre dışı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="97"/>
        <source>You cannot disable your own account.</source>
        <translation>Kendi hesabınızı devre dışı bırakamazsınız.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="98"/>
        <source>The last administrator cannot be disabled.</source>
        <translation>Son yönetici devre dışı bırakılamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="99"/>
        <source>Choose at least one role.</source>
        <translation>En az bir rol seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="100"/>
        <source>This user is disabled.</source>
        <translation>Bu kullanıcı devre dışı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="101"/>
        <source>The new password must differ from the current one.</source>
        <translation>Yeni parola mevcut paroladan farklı olmalı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="102"/>
        <source>The current password is wrong.</source>
        <translation>Mevcut parola yanlış.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="147"/>
        <source>On a center server a supervisor sends and imports packages.</source>
        <translation>Merkez sunucusunda paketleri bir süpervizör gönderir ve içe aktarır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="149"/>
        <source>The center has no package keys yet: a supervisor makes them on first use (opening the Partners page or sending a package). Pair partners after that.</source>
        <translation>Merkezin henüz paket anahtarları yok: ilk ihtiyaçta bir süpervizör oluşturur (Ortaklar sayfasını açarak veya bir paket göndererek). Ortakları ondan sonra eşleştirin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="154"/>
        <source>This package carries a case the center does not have. On a center server a package brings changes to the center&apos;s own cases only; nothing was imported.</source>
        <translation>Bu paket, merkezde olmayan bir vaka taşıyor. Merkez sunucusunda bir paket yalnızca merkezin kendi vakalarına değişiklik getirir; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="250"/>
        <source>This period cannot be reported: it must start before it ends, end today at the latest and span at most 20 years.</source>
        <translation>Bu dönem için rapor hazırlanamaz: dönem bittiği günden önce başlamalı, en geç bugün bitmeli ve en fazla 20 yıl sürmelidir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="253"/>
        <source>The report was cancelled.</source>
        <translation>Rapor iptal edildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="45"/>
        <source>The folder is not empty. Choose a new or empty folder for the vault.</source>
        <translation>Klasör boş değil. Kasa için yeni ya da boş bir klasör seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="47"/>
        <location filename="../kadin_danisma/gui/base/messages.py" line="254"/>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Bu adla bir dosya zaten var. Başka bir ad seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="48"/>
        <source>The vault folder is read-only.</source>
        <translation>Kasa klasörü salt okunur.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="51"/>
        <source>The vault is busy in another program. Try again.</source>
        <translation>Kasa başka bir programda kullanılıyor. Yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="36"/>
        <source>A key slot in this vault is damaged. Unlock with another account or the recovery key (an admin can then set a new password), or restore from a backup.</source>
        <translation>Bu kasadaki bir anahtar yuvası hasarlı. Başka bir hesapla ya da kurtarma anahtarıyla açın (sonra bir yönetici yeni parola belirleyebilir) veya bir yedekten geri yükleyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="56"/>
        <source>This vault needs an upgrade for this version of the app, and the backup made before it could not be written. Nothing was changed. Free some space on the disk and try again.</source>
        <translation>Bu kasanın, uygulamanın bu sürümü için yükseltilmesi gerekiyor; ancak yükseltmeden önce alınan yedek yazılamadı. Hiçbir şey değiştirilmedi. Diskte yer açıp yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="49"/>
        <source>The drive is read-only (write-protected). Nothing was written there.</source>
        <translation>Sürücü salt okunur (yazmaya karşı korumalı). Oraya hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="52"/>
        <source>The vault was too busy to back up. Try again in a moment.</source>
        <translation>Kasa yedek alınamayacak kadar meşguldü. Biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="53"/>
        <source>The vault failed its page check and may be damaged. Run a verification before you continue.</source>
        <translation>Kasa sayfa denetiminden geçemedi ve hasarlı olabilir. Devam etmeden önce bir doğrulama çalıştırın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="341"/>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Çok fazla başarısız deneme. %1 saniye sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="344"/>
        <source>The password does not meet the policy.</source>
        <translation>Parola kurallara uymuyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="31"/>
        <source>Wrong user name or password.</source>
        <translation>Kullanıcı adı ya da parola yanlış.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="32"/>
        <source>This recovery key is not valid for this vault. Check every group.</source>
        <translation>Bu kurtarma anahtarı bu kasa için geçerli değil. Her grubu kontrol edin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="34"/>
        <source>The vault is damaged. Restore it from a backup; nothing damaged is shown.</source>
        <translation>Kasa hasarlı. Yedekten geri yükleyin; hasarlı hiçbir veri gösterilmez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="39"/>
        <source>This vault was made by a newer version of Kadın Danışma. Update the app.</source>
        <translation>Bu kasa Kadın Danışma’nın daha yeni bir sürümüyle oluşturulmuş. Uygulamayı güncelleyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="41"/>
        <source>This account&apos;s key slot has unsafe or unknown settings and was refused.</source>
        <translation>Bu hesabın anahtar yuvasında güvensiz ya da bilinmeyen ayarlar var; reddedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="43"/>
        <source>There is no vault in this folder.</source>
        <translation>Bu klasörde kasa yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="44"/>
        <source>A vault or a file is already there. Choose another place.</source>
        <translation>Orada zaten bir kasa ya da dosya var. Başka bir yer seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="59"/>
        <source>The disk is full or cannot be written. Free some space; everything saved before is kept.</source>
        <translation>Disk dolu ya da yazılamıyor. Yer açın; daha önce kaydedilen her şey korunuyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="61"/>
        <source>You do not have permission for this.</source>
        <translation>Bunun için yetkiniz yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="62"/>
        <source>This backup file is damaged or is not a Kadın Danışma backup.</source>
        <translation>Bu yedek dosyası hasarlı ya da bir Kadın Danışma yedeği değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="63"/>
        <source>This file is not built as a Kadın Danışma backup (it may be damaged or altered). Nothing was unpacked.</source>
        <translation>Bu dosya bir Kadın Danışma yedeği gibi oluşturulmamış (hasarlı ya da değiştirilmiş olabilir). Hiçbir şey açılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="66"/>
        <source>There is not enough free space on the drive to unpack this backup. Free some space and try again; nothing was written.</source>
        <translation>Bu yedeği açmak için sürücüde yeterli boş alan yok. Biraz yer açıp yeniden deneyin; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="69"/>
        <source>The input holds characters that cannot be accepted (control characters or invalid text). Nothing was changed.</source>
        <translation>Girdi kabul edilemeyen karakterler içeriyor (denetim karakterleri ya da geçersiz metin). Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="72"/>
        <source>The vault is locked.</source>
        <translation>Kasa kilitli.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="73"/>
        <source>This record no longer exists or is not in this case.</source>
        <translation>Bu kayıt artık yok ya da bu vakaya ait değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="74"/>
        <source>This case is not assigned to you. State a reason to open it; it will be logged.</source>
        <translation>Bu vaka size atanmamış. Açmak için bir gerekçe yazın; bu kayıt altına alınır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="76"/>
        <source>State the reason in words: at least 10 characters, at most 500.</source>
        <translation>Gerekçeyi yazıyla belirtin: en az 10, en çok 500 karakter.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="78"/>
        <source>This case is under closure review or closed, so it cannot be changed.</source>
        <translation>Bu vaka kapanış incelemesinde ya da kapalı; değiştirilemez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="80"/>
        <source>She has not consented to sharing with this institution. Record her consent, or ask a supervisor to override with a reason.</source>
        <translation>Danışan bu kurumla bilgi paylaşımına onay vermemiş. Onayını kaydedin ya da bir süpervizörden gerekçeli istisna isteyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="83"/>
        <source>The shelter is full. A placement beyond capacity needs an override with a reason.</source>
        <translation>Konukevi dolu. Kapasite üstü yerleştirme için gerekçeli istisna gerekir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="85"/>
        <source>The file was not imported; nothing was written. Each problem is listed with its place.</source>
        <translation>Dosya içe aktarılmadı; hiçbir şey yazılmadı. Her sorun yeriyle birlikte listelendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="87"/>
        <source>This step is not possible in the record&apos;s current state.</source>
        <translation>Kaydın şu anki durumunda bu adım yapılamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="88"/>
        <source>This record is still named elsewhere in the case (a note, a placement, a violation): keep it.</source>
        <translation>Bu kayıt vakada başka bir yerde anılıyor (bir not, bir yerleştirme, bir ihlal): korunmalı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="91"/>
        <source>The encryption library is not configured safely; the vault was not opened.</source>
        <translation>Şifreleme kitaplığı güvenli biçimde yapılandırılmamış; kasa açılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="103"/>
        <source>The center server cannot be reached. Check the network and try again; everything saved before is kept.</source>
        <translation>Merkez sunucusuna ulaşılamıyor. Ağ bağlantısını denetleyip yeniden deneyin; daha önce kaydedilen her şey duruyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="106"/>
        <source>The center server is busy (a colleague is saving the same record, or it took too long). Nothing was saved; try again in a moment.</source>
        <translation>Merkez sunucusu meşgul (bir meslektaşınız aynı kaydı kaydediyor ya da yanıt çok gecikti). Hiçbir şey kaydedilmedi; biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="109"/>
        <source>This server connection is not safe enough (it needs TLS with the center&apos;s certificate, your own staff login and row-level security). Nothing was sent. Ask the IT person.</source>
        <translation>Bu sunucu bağlantısı yeterince güvenli değil (merkezin sertifikasıyla TLS, kendi personel girişiniz ve satır düzeyinde güvenlik gerekir). Hiçbir şey gönderilmedi. Bilgi işlem sorumlusuna başvurun.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="112"/>
        <source>This server is not set up for Kadın Danışma, or its version differs from the app&apos;s. Ask the IT person.</source>
        <translation>Bu sunucu Kadın Danışma için kurulmamış ya da sürümü uygulamanınkinden farklı. Bilgi işlem sorumlusuna başvurun.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="115"/>
        <source>On a center server this is done by the IT person (see the server guide).</source>
        <translation>Merkez sunucusunda bunu bilgi işlem sorumlusu yapar (sunucu kılavuzuna bakın).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="117"/>
        <source>Legal holds, her requests, retention and destruction are not yet available on a center server: they work in a vault folder (see the server guide).</source>
        <translation>Yasal saklama kararları, kadının başvuruları, saklama ve imha henüz merkez sunucusunda kullanılamaz: kasa klasöründe çalışırlar (sunucu kılavuzuna bakın).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="121"/>
        <source>This package was not imported; nothing was written.</source>
        <translation>Bu paket içe aktarılmadı; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="122"/>
        <source>This file is not a whole Kadın Danışma package (cut short, damaged, or another kind of file). Nothing was imported. Ask the partner to send it again.</source>
        <translation>Bu dosya eksiksiz bir Kadın Danışma paketi değil (yarıda kesilmiş, bozulmuş ya da başka türde bir dosya). Hiçbir şey içe aktarılmadı. Ortaktan paketi yeniden göndermesini isteyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="125"/>
        <source>This package is larger than a package may be; it was not opened. Nothing was imported.</source>
        <translation>Bu paket izin verilen boyuttan büyük; açılmadı. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="127"/>
        <source>This package was made by a newer version of Kadın Danışma. Update the app, then import it.</source>
        <translation>Bu paket Kadın Danışma&apos;nın daha yeni bir sürümüyle hazırlanmış. Uygulamayı güncelleyin, sonra içe aktarın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="129"/>
        <source>This package was made for another vault; only that vault can open it. Nothing was imported.</source>
        <translation>Bu paket başka bir kasa için hazırlanmış; yalnızca o kasa açabilir. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="132"/>
        <source>This package comes from a vault that is not paired with this one. An administrator pairs partners (after checking the fingerprint). Nothing was imported.</source>
        <translation>Bu paket, bu kasayla eşleştirilmemiş bir kasadan geliyor. Ortakları bir yönetici eşleştirir (parmak izini doğruladıktan sonra). Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="135"/>
        <source>This package was changed after it was made (its signature does not match). Do not use it; ask the partner to send it again. Nothing was imported.</source>
        <translation>Bu paket hazırlandıktan sonra değiştirilmiş (imzası uyuşmuyor). Kullanmayın; ortaktan yeniden göndermesini isteyin. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="138"/>
        <source>Package %1 from this partner was already imported (the next one is %2). Nothing was imported again.</source>
        <translation>Bu ortaktan gelen %1 numaralı paket zaten içe aktarılmış (sıradaki %2). Hiçbir şey yeniden içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="141"/>
        <source>Package %2 from this partner is missing: import it first (this one is %1). Nothing was imported.</source>
        <translation>Bu ortaktan gelen %2 numaralı paket eksik: önce onu içe aktarın (bu paket %1). Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="144"/>
        <source>This package does not follow the last one imported from this partner. Do not use it; tell the partner. Nothing was imported.</source>
        <translation>Bu paket, bu ortaktan içe aktarılan son paketin devamı değil. Kullanmayın; ortağa haber verin. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="152"/>
        <source>On a center server a supervisor replaces the center&apos;s package keys. Nothing was changed.</source>
        <translation>Merkez sunucusunda merkezin paket anahtarlarını bir süpervizör yeniler. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="157"/>
        <source>Name at least one case to send.</source>
        <translation>Gönderilecek en az bir vaka belirtin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="158"/>
        <source>The partner was not paired.</source>
        <translation>Ortak eşleştirilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="159"/>
        <source>This file is not a partner card (or it was changed). Ask the partner for their card again.</source>
        <translation>Bu dosya bir ortak kartı değil (ya da değiştirilmiş). Ortaktan kartını yeniden isteyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="162"/>
        <source>The fingerprint you typed does not match this card. Do not pair: the card may not be the partner&apos;s. Check with the other center on a number you know.</source>
        <translation>Yazdığınız parmak izi bu kartla uyuşmuyor. Eşleştirmeyin: kart ortağa ait olmayabilir. Diğer merkezle bildiğiniz bir numaradan görüşerek kontrol edin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="165"/>
        <source>This is this vault&apos;s own card.</source>
        <translation>Bu, bu kasanın kendi kartı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="166"/>
        <source>This partner is already paired with other keys. A new vault there is a new partner; ask the IT person.</source>
        <translation>Bu ortak başka anahtarlarla zaten eşleştirilmiş. Oradaki yeni bir kasa yeni bir ortaktır; bilgi işlem sorumlusuna danışın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="169"/>
        <source>No paired partner has that name.</source>
        <translation>Bu adda eşleştirilmiş bir ortak yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="170"/>
        <source>This partner was removed: nothing is written to it or accepted from it. An administrator can pair its card again to start anew.</source>
        <translation>Bu ortak kaldırıldı: ona paket yazılmaz, ondan paket kabul edilmez. Yeniden başlamak için bir yönetici kartını tekrar eşleştirebilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="174"/>
        <source>The partner has already imported package %1 (it confirmed every package up to %5). Nothing was written.</source>
        <translation>Ortak %1 numaralı paketi zaten içe aktardı (%5 numaraya kadar her paketi aldığını bildirdi). Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="177"/>
        <source>Package %1 cannot be written again: packages %3 to %4 can. Nothing was written.</source>
        <translation>%1 numaralı paket yeniden yazılamaz: %3 ile %4 arasındaki paketler yazılabilir. Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="179"/>
        <source>Package %1 cannot be written again: every package sent has been imported there. Nothing was written.</source>
        <translation>%1 numaralı paket yeniden yazılamaz: gönderilen her paket orada içe aktarıldı. Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="182"/>
        <source>Package %1 was written before this version kept a record of packages, so the next one cannot follow it. Write again from package %3. Nothing was written.</source>
        <translation>%1 numaralı paket, bu sürüm paketlerin kaydını tutmaya başlamadan önce yazıldı; bu yüzden sonraki paket ona bağlanamaz. %3 numaralı paketten itibaren yeniden yazın. Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="185"/>
        <source>Package %1 was written before this version kept a record of packages, so no package to this partner can be written again. Nothing was written.</source>
        <translation>%1 numaralı paket, bu sürüm paketlerin kaydını tutmaya başlamadan önce yazıldı; bu yüzden bu ortağa hiçbir paket yeniden yazılamaz. Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="188"/>
        <source>This vault was moved to the center server. Sign in to the server instead.</source>
        <translation>Bu kasa merkez sunucusuna taşındı. Bunun yerine sunucuda oturum açın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="190"/>
        <source>This vault&apos;s key is not one your key slot knows: the vault folder may have been replaced. Do not work in it, and tell an administrator.</source>
        <translation>Bu kasanın anahtarı, anahtar yuvanızın tanıdığı bir anahtar değil: kasa klasörü değiştirilmiş olabilir. Bu kasada çalışmayın ve bir yöneticiye haber verin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="193"/>
        <source>That is a folder. Give the name of a file to write.</source>
        <translation>Bu bir klasör. Yazılacak dosyanın adını verin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="194"/>
        <source>That name is a link to another file; nothing is ever written through a link. Choose another name.</source>
        <translation>Bu ad başka bir dosyaya giden bir bağlantı; bağlantı üzerinden hiçbir şey yazılmaz. Başka bir ad seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="197"/>
        <source>That folder does not exist (is the drive plugged in?).</source>
        <translation>Bu klasör yok (sürücü takılı mı?).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="198"/>
        <source>The vault&apos;s keys are being changed by another program. Try again in a minute.</source>
        <translation>Kasanın anahtarları başka bir program tarafından değiştiriliyor. Bir dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="200"/>
        <source>The new key did not open the vault when read back from the disk, so nothing was changed. Check the disk and try again.</source>
        <translation>Yeni anahtar diskten geri okunduğunda kasayı açmadı; bu yüzden hiçbir şey değiştirilmedi. Diski kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="203"/>
        <source>Your key slot opens a key this vault no longer uses (its key was changed). Ask an administrator to reset your password.</source>
        <translation>Anahtar yuvanız bu kasanın artık kullanmadığı bir anahtarı açıyor (kasanın anahtarı değiştirildi). Bir yöneticiden parolanızı sıfırlamasını isteyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="206"/>
        <source>A change of this vault&apos;s key was interrupted. An administrator, or a colleague whose password still works, must sign in to finish it.</source>
        <translation>Bu kasanın anahtar değişikliği yarıda kaldı. Tamamlamak için bir yönetici ya da parolası hâlâ çalışan bir çalışma arkadaşı giriş yapmalı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="209"/>
        <source>The vault is open in another program or on another computer. Everyone must lock it and close the app before its key can be changed.</source>
        <translation>Kasa başka bir programda ya da başka bir bilgisayarda açık. Anahtarı değiştirilebilmesi için herkes kasayı kilitleyip uygulamayı kapatmalı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="212"/>
        <source>Change your password first: an administrator set the one you signed in with.</source>
        <translation>Önce parolanızı değiştirin: giriş yaptığınız parolayı bir yönetici belirledi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="214"/>
        <source>You cannot change your own roles. Another administrator can.</source>
        <translation>Kendi rollerinizi değiştiremezsiniz. Başka bir yönetici değiştirebilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="215"/>
        <source>Demo data goes only into a vault created as a demo vault.</source>
        <translation>Deneme verisi yalnızca deneme kasası olarak oluşturulmuş bir kasaya eklenir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="216"/>
        <source>Type at least two letters or digits.</source>
        <translation>En az iki harf ya da rakam yazın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="217"/>
        <source>The last administrator must keep the admin role.</source>
        <translation>Son yönetici, yönetici rolünü korumalıdır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="218"/>
        <source>This follow-up is settled already.</source>
        <translation>Bu izlem zaten sonuçlandırılmış.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="219"/>
        <source>She is still in a shelter (or waiting for a place). End the placement first, or state why the case closes anyway.</source>
        <translation>Danışan hâlâ konukevinde (ya da yer bekliyor). Önce yerleştirmeyi sonlandırın ya da vakanın yine de neden kapandığını belirtin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="222"/>
        <source>There is no closure request waiting for review.</source>
        <translation>İnceleme bekleyen bir kapanış talebi yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="223"/>
        <source>There is no case with this number.</source>
        <translation>Bu numarayla bir vaka yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="224"/>
        <source>The cases go to an active counselor.</source>
        <translation>Vakalar etkin bir danışmana devredilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="225"/>
        <source>Choose another counselor to take the cases.</source>
        <translation>Vakaları devralacak başka bir danışman seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="226"/>
        <source>This case is not one of her open cases.</source>
        <translation>Bu vaka, danışmanın açık vakalarından biri değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="227"/>
        <source>This booking clashes with another one. Change it, or book it anyway knowingly.</source>
        <translation>Bu randevu başka bir randevuyla çakışıyor. Değiştirin ya da bilerek yine de verin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="229"/>
        <source>Only a planned appointment can be changed; what happened is recorded once.</source>
        <translation>Yalnızca planlanmış bir randevu değiştirilebilir; olan bir kez kaydedilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="231"/>
        <source>This appointment has not happened yet: record it on its day or later.</source>
        <translation>Bu randevu henüz gerçekleşmedi: günü geldiğinde ya da sonra kaydedin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="233"/>
        <source>This name is already in the list.</source>
        <translation>Bu ad listede zaten var.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="234"/>
        <source>Only PDF, JPEG and PNG files can be attached. The file&apos;s content was checked, not its name.</source>
        <translation>Yalnızca PDF, JPEG ve PNG dosyaları eklenebilir. Dosyanın adına değil içeriğine bakıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="237"/>
        <source>The file is empty.</source>
        <translation>Dosya boş.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="238"/>
        <source>The file cannot be read: it is damaged or not what its name says.</source>
        <translation>Dosya okunamıyor: bozuk ya da adının söylediği türde değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="240"/>
        <source>The PDF is protected by a password. Attach a copy without a password.</source>
        <translation>PDF parolayla korunuyor. Parolasız bir kopyasını ekleyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="242"/>
        <source>The picture is too large (more than 60 megapixels). Scan it again at a lower resolution.</source>
        <translation>Resim çok büyük (60 megapikselden fazla). Daha düşük çözünürlükte yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="244"/>
        <source>A PDF is stored as it came; only pictures can be turned.</source>
        <translation>PDF geldiği gibi saklanır; yalnızca resimler çevrilebilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="245"/>
        <source>This file is marked never to leave the vault. View it in the app instead.</source>
        <translation>Bu dosya kasadan asla çıkmayacak olarak işaretli. Bunun yerine uygulamada görüntüleyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="247"/>
        <source>A chosen file cannot go with this letter.</source>
        <translation>Seçilen bir dosya bu yazıya eklenemez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="248"/>
        <source>An archive copy (PDF/A) cannot carry attachments. Untick the files or the archive copy.</source>
        <translation>Arşiv kopyası (PDF/A) ek dosya taşıyamaz. Dosyaların ya da arşiv kopyasının işaretini kaldırın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="255"/>
        <source>You proposed this destruction: a supervisor who did not propose it approves it.</source>
        <translation>Bu imhayı siz önerdiniz: önermeyen bir süpervizör onaylar.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="257"/>
        <source>Her record is on legal hold: nothing of it is destroyed until a supervisor lifts the hold.</source>
        <translation>Kaydı yasal saklama altında: bir süpervizör saklamayı kaldırana kadar hiçbir şeyi imha edilmez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="259"/>
        <source>A destruction is already waiting for approval. Approve or withdraw it first.</source>
        <translation>Onay bekleyen bir imha var. Önce onu onaylayın ya da geri çekin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="261"/>
        <source>This destruction was already approved or withdrawn.</source>
        <translation>Bu imha zaten onaylandı ya da geri çekildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="262"/>
        <source>This case is already on legal hold.</source>
        <translation>Bu dosya zaten yasal saklama altında.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="263"/>
        <source>This case is not on legal hold.</source>
        <translation>Bu dosya yasal saklama altında değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="264"/>
        <source>This request was already answered.</source>
        <translation>Bu talep zaten yanıtlandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="265"/>
        <source>The retention periods are whole years: keep a record 1 to 50 years, the shorter periods 0 years up to that.</source>
        <translation>Saklama süreleri tam yıldır: kayıt 1 ile 50 yıl arasında saklanır, kısa süreler 0 yıldan o süreye kadar olabilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="268"/>
        <source>This case was anonymized under the retention policy: nothing in it names anyone any more, and it cannot be opened.</source>
        <translation>Bu dosya saklama politikası gereği anonim hale getirildi: içinde artık kimsenin adı yok ve açılamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="272"/>
        <source>Her consent to be named on a support group&apos;s attendance is not recorded in her case. Record it there first, or count her by number only.</source>
        <translation>Destek grubu katılım listesinde adıyla yer alma rızası dosyasında kayıtlı değil. Önce dosyasına kaydedin ya da onu yalnızca sayıyla sayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="275"/>
        <source>Only a support group&apos;s attendance may name a woman; other activities count by number.</source>
        <translation>Bir kadın yalnızca destek grubunun katılım listesinde adıyla yazılabilir; diğer etkinlikler sayıyla sayılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="277"/>
        <source>She is already named on this attendance.</source>
        <translation>Bu katılım listesinde zaten adıyla yazılı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="278"/>
        <source>Women are named on this support group&apos;s attendance: remove them before changing its kind.</source>
        <translation>Bu destek grubunun katılım listesinde adıyla yazılı kadınlar var: türünü değiştirmeden önce onları listeden çıkarın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="280"/>
        <source>The notes look like they hold a name, an identity number or a phone number. Notes here are anonymous: take it out, or save anyway if it names nobody.</source>
        <translation>Notlarda bir ad, kimlik numarası veya telefon numarası var gibi görünüyor. Buradaki notlar anonimdir: bunu çıkarın ya da kimseyi adlandırmıyorsa yine de kaydedin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="283"/>
        <source>This contact was already turned into an intake.</source>
        <translation>Bu bilgi başvurusu zaten dosyaya dönüştürüldü.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="284"/>
        <source>This case is closed. A supervisor can allow follow-ups on it; until then it stays read-only.</source>
        <translation>Bu dosya kapalı. Bir süpervizör dosyada takibe izin verebilir; o zamana kadar salt okunurdur.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="287"/>
        <source>Follow-ups are allowed this way on a closed case only; an open case takes them anyway.</source>
        <translation>Bu yolla yalnızca kapalı dosyada takibe izin verilir; açık dosyaya takip zaten eklenebilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="316"/>
        <source>Warning: other accounts on this computer can write to that folder; they could delete or replace the file. A folder of your own is safer.</source>
        <translation>Uyarı: bu bilgisayardaki başka hesaplar o klasöre yazabiliyor; dosyayı silebilir ya da değiştirebilirler. Yalnızca size ait bir klasör daha güvenlidir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="346"/>
        <source>Changed by %1 at %2 while you were editing. Nothing of yours was saved yet.</source>
        <translation>Siz düzenlerken %1 tarafından %2 tarihinde değiştirildi. Sizin değişikliğiniz henüz kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="349"/>
        <source>The file is %1 MB; files of up to %2 MB can be attached. Scan it again at a lower resolution, or in parts.</source>
        <translation>Dosya %1 MB; en fazla %2 MB olan dosyalar eklenebilir. Daha düşük çözünürlükte ya da parça parça yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="363"/>
        <source>Something went wrong (%1). Nothing after the last save was changed.</source>
        <translation>Bir şeyler ters gitti (%1). Son kayıttan sonra hiçbir şey değişmedi.</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <location filename="../kadin_danisma/gui/base/forms.py" line="220"/>
        <source>DD.MM.YYYY HH:MM</source>
        <translation>GG.AA.YYYY SS:DD</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/forms.py" line="221"/>
        <source>Date and time, for example 14.03.2025 09:30. Ctrl+Space: now.</source>
        <translation>Tarih ve saat, örneğin 14.03.2025 09:30. Ctrl+Boşluk: şimdi.</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <location filename="../kadin_danisma/gui/base/forms.py" line="289"/>
        <source>Amount in Turkish lira, for example 1.500,00</source>
        <translation>Türk lirası olarak tutar, örneğin 1.500,00</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="65"/>
        <source>New referral</source>
        <translation>Yeni yönlendirme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="69"/>
        <source>Search the directory by name</source>
        <translation>Rehberde ada göre ara</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="70"/>
        <source>Name, district…</source>
        <translation>Ad, ilçe…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="74"/>
        <source>Type of institution</source>
        <translation>Kurum türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="75"/>
        <source>Any type</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="80"/>
        <source>City</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="83"/>
        <source>Institutions found</source>
        <translation>Bulunan kurumlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="87"/>
        <source>Reason for the referral</source>
        <translation>Yönlendirme gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="91"/>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="108"/>
        <source>Requested service</source>
        <translation>Talep edilen hizmet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="94"/>
        <source>&amp;Find:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="96"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="98"/>
        <source>&amp;City:</source>
        <translation>İ&amp;l:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="101"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Kurum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="103"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="104"/>
        <source>Requested &amp;service:</source>
        <translation>Talep edilen &amp;hizmet:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="106"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="107"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="145"/>
        <source>%1 found</source>
        <translation>%1 kurum bulundu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="146"/>
        <source>No institution matches. Try fewer words, another type or city.</source>
        <translation>Uyan kurum yok. Daha az sözcük, başka bir tür ya da il deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="167"/>
        <source>choose one from the list.</source>
        <translation>listeden birini seçin.</translation>
    </message>
</context>
<context>
    <name>NoShowDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="267"/>
        <source>She did not come</source>
        <translation>Gelmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="270"/>
        <source>&amp;Plan a follow-up (call her, book again)</source>
        <translation>İzlem &amp;planla (kendisine ulaş, yeniden randevu ver)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="273"/>
        <source>Follow-up due on</source>
        <translation>İzlem tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="274"/>
        <source>She did not come to her appointment: reach her safely, book again</source>
        <translation>Randevusuna gelmedi: güvenli biçimde ulaşın, yeniden randevu verin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="275"/>
        <source>Purpose of the follow-up</source>
        <translation>İzlemin amacı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="278"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="279"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Amaç:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="280"/>
        <source>Appointment: %1</source>
        <translation>Randevu: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="281"/>
        <source>Due on</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="281"/>
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/appointment_dialogs.py" line="283"/>
        <source>&amp;Record</source>
        <translation>&amp;Kaydet</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="53"/>
        <source>New note</source>
        <translation>Yeni not</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="53"/>
        <source>Edit note (now version %1)</source>
        <translation>Notu düzenle (şu anki sürüm: %1)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="63"/>
        <source>Note type</source>
        <translation>Not türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="64"/>
        <source>Date of the contact</source>
        <translation>Görüşme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="68"/>
        <source>not stated</source>
        <translation>belirtilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="69"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="70"/>
        <source>Duration in minutes</source>
        <translation>Süre (dakika)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="73"/>
        <source>With her (no child)</source>
        <translation>Kendisiyle (çocuk yok)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="74"/>
        <source>Session with a child</source>
        <translation>Çocukla yapılan görüşme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="76"/>
        <source>An &amp;interpreter was present</source>
        <translation>&amp;Görüşmede tercüman vardı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="77"/>
        <source>An interpreter was present</source>
        <translation>Görüşmede tercüman vardı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="78"/>
        <source>Interpreter&apos;s language</source>
        <translation>Tercümanın dili</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="80"/>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="116"/>
        <source>Interpreter&apos;s name</source>
        <translation>Tercümanın adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="81"/>
        <source>Ne&amp;ver export this note (kept out of exports and documents)</source>
        <translation>Bu notu asla dışa akta&amp;rma (dışa aktarımlara ve belgelere alınmaz)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="82"/>
        <source>Never export this note</source>
        <translation>Bu notu asla dışa aktarma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="84"/>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="117"/>
        <source>Note text</source>
        <translation>Not metni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="89"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="90"/>
        <source>&amp;Date:</source>
        <translation>T&amp;arih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="91"/>
        <source>D&amp;uration:</source>
        <translation>&amp;Süre:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="93"/>
        <source>With a c&amp;hild:</source>
        <translation>Hangi ç&amp;ocukla:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="95"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="96"/>
        <source>Interpreter&apos;s na&amp;me:</source>
        <translation>Tercüma&amp;nın adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="98"/>
        <source>Note te&amp;xt:</source>
        <translation>Not &amp;metni:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="112"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="112"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="113"/>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="113"/>
        <source>Child</source>
        <translation>Çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="114"/>
        <source>Interpreter present</source>
        <translation>Tercüman vardı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="115"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="140"/>
        <source>The version saved meanwhile</source>
        <translation>Bu arada kaydedilen sürüm</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="142"/>
        <source>Save &amp;mine over it</source>
        <translation>Benimkini &amp;onun yerine kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="143"/>
        <source>&amp;Take the saved version and edit again</source>
        <translation>Kaydedilen sürümü &amp;al ve yeniden düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="250"/>
        <source>Saved by %1 at %2 (below). Yours is above: save yours over it, or take the saved version and apply your change again.</source>
        <translation>%1 tarafından %2 tarihinde kaydedildi (aşağıda). Sizinki yukarıda: sizinkini onun yerine kaydedin ya da kaydedilen sürümü alıp değişikliğinizi yeniden yapın.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="66"/>
        <source>Notes, newest first</source>
        <translation>Notlar, en yenisi önce</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="78"/>
        <source>Ne&amp;w note… (Ctrl+N)</source>
        <translation>Yen&amp;i not… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="80"/>
        <source>Notes: %1, newest first</source>
        <translation>Notlar: %1, en yenisi önce</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="81"/>
        <source>No notes yet.</source>
        <translation>Henüz not yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="68"/>
        <source>Show all &amp;older notes</source>
        <translation>Daha eski notların tümünü gö&amp;ster</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="122"/>
        <source>Show all &amp;older notes (%1 more)</source>
        <translation>Daha eski notların tümünü gö&amp;ster (%1 not daha)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="142"/>
        <source>NEVER EXPORT</source>
        <translation>ASLA DIŞA AKTARILMAZ</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="146"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="156"/>
        <source>Hide earlier versions</source>
        <translation>Önceki sürümleri gizle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="157"/>
        <source>Earlier versions (%1)</source>
        <translation>Önceki sürümler (%1)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="162"/>
        <source>Version %1, replaced %2 by %3:</source>
        <translation>Sürüm %1; %2 tarihinde %3 tarafından değiştirildi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="180"/>
        <source>unknown author</source>
        <translation>yazarı bilinmiyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="182"/>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="184"/>
        <source>Interpreter: %1</source>
        <translation>Tercüman: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="185"/>
        <source>language not stated</source>
        <translation>dil belirtilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="190"/>
        <source>version %1 (edited)</source>
        <translation>sürüm %1 (düzenlendi)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="249"/>
        <source>Note saved.</source>
        <translation>Not kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="257"/>
        <source>The unfinished note was kept as a draft.</source>
        <translation>Tamamlanmamış not taslak olarak saklandı.</translation>
    </message>
</context>
<context>
    <name>OlderCopyPage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="39"/>
        <source>This is an older copy of the vault</source>
        <translation>Bu, kasanın daha eski bir kopyası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="41"/>
        <source>This vault is older than the one this computer last opened on %1. Work saved after that date is not in this copy.</source>
        <translation>Bu kasa, bu bilgisayarın %1 tarihinde en son açtığı kasadan daha eski. O tarihten sonra kaydedilen çalışmalar bu kopyada yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="44"/>
        <source>This copy of the vault has a different history</source>
        <translation>Kasanın bu kopyasının geçmişi farklı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="46"/>
        <source>This vault is not the one this computer last opened on %1: its history differs. Work saved in that copy may be missing from this one.</source>
        <translation>Bu kasa, bu bilgisayarın %1 tarihinde en son açtığı kasa değil: geçmişi farklı. O kopyada kaydedilen çalışmalar bu kopyada eksik olabilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="49"/>
        <source>If you restored a backup on purpose, continue. Otherwise lock it and find the newer copy (your IT person can help). Nothing has been changed or deleted.</source>
        <translation>Bir yedeği bilerek geri yüklediyseniz devam edin. Yoksa kasayı kilitleyin ve daha yeni kopyayı bulun (bilgi işlem sorumlunuz yardımcı olabilir). Hiçbir şey değiştirilmedi ya da silinmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="51"/>
        <source>For your IT person: audit log entry %1 was the last one seen here; this copy ends at entry %2.</source>
        <translation>Bilgi işlem sorumlunuz için: burada en son görülen denetim kaydı %1 numaralıydı; bu kopya %2 numaralı kayıtta bitiyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="67"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="69"/>
        <source>&amp;Continue with this copy</source>
        <translation>Bu kopyayla &amp;devam et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="70"/>
        <source>Continue with this older copy of the vault</source>
        <translation>Kasanın bu eski kopyasıyla devam et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="71"/>
        <source>&amp;Lock</source>
        <translation>&amp;Kilitle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="72"/>
        <source>Lock the vault and look for the newer copy</source>
        <translation>Kasayı kilitle ve daha yeni kopyayı ara</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="69"/>
        <source>Shelter full</source>
        <translation>Konukevi dolu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="70"/>
        <source>%1 has no room for her and the children with her: %2 of %3 places are taken (%4 women, %5 children). To place her beyond capacity, state why (for example: the shelter has agreed to an extra bed tonight). The reason is recorded.</source>
        <translation>%1 konukevinde danışan ve yanındaki çocuklar için yer yok: %3 yerden %2 yer dolu (%4 kadın, %5 çocuk). Kapasite üstü yerleştirmek için nedenini yazın (örneğin: konukevi bu gece için ek bir yatak ayırmayı kabul etti). Gerekçe kayıt altına alınır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="75"/>
        <source>Reason for placing beyond capacity</source>
        <translation>Kapasite üstü yerleştirme gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="191"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="75"/>
        <source>&amp;Place beyond capacity</source>
        <translation>&amp;Kapasite üstü yerleştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="182"/>
        <source>Override the missing consent</source>
        <translation>Eksik onaya gerekçeli istisna</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="186"/>
        <source>She has not consented to sharing with %1. You may let this referral be sent anyway (for example, a child at risk). Your reason is recorded and logged.</source>
        <translation>Danışan, %1 ile bilgi paylaşımına onay vermemiş. Bu yönlendirmenin yine de gönderilmesine izin verebilirsiniz (örneğin risk altında bir çocuk varsa). Gerekçeniz kaydedilir ve denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="188"/>
        <source>Reason for the override</source>
        <translation>İstisna gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="193"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="60"/>
        <source>Vault</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="62"/>
        <source>Signed in:</source>
        <translation>Giriş yapan:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="63"/>
        <source>Users and roles:</source>
        <translation>Kullanıcılar ve roller:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="64"/>
        <source>Role changes (7 days):</source>
        <translation>Rol değişiklikleri (7 gün):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="65"/>
        <source>Last backup:</source>
        <translation>Son yedek:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="66"/>
        <source>Last destruction:</source>
        <translation>Son imha:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="67"/>
        <source>Backups:</source>
        <translation>Yedekler:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="68"/>
        <source>Audit log:</source>
        <translation>Denetim kaydı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="69"/>
        <source>Encryption:</source>
        <translation>Şifreleme:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="70"/>
        <source>Size:</source>
        <translation>Boyut:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="72"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="73"/>
        <source>&amp;Back up now…</source>
        <translation>Şimdi yedek&amp;le…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="74"/>
        <source>&amp;Verify vault</source>
        <translation>Kasayı &amp;doğrula</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="105"/>
        <source>Checking the audit chain…</source>
        <translation>Denetim zinciri kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="121"/>
        <source> (disabled)</source>
        <translation> (devre dışı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="126"/>
        <source>Never backed up. Make a backup now and keep it away from this computer.</source>
        <translation>Hiç yedek alınmadı. Şimdi yedek alın ve bu bilgisayardan uzakta saklayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="132"/>
        <source>older than 7 days: back up now</source>
        <translation>7 günden eski: şimdi yedekleyin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="136"/>
        <source>Intact: %1 entries, each chained to the one before.</source>
        <translation>Sağlam: %1 kayıt, her biri bir öncekine zincirli.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="140"/>
        <source>BROKEN: the audit log was altered (%1). Tell your supervisor.</source>
        <translation>BOZUK: denetim kaydı değiştirilmiş (%1). Süpervizörünüze bildirin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="144"/>
        <source>SQLCipher %1, schema level %2, idle lock after %3 min</source>
        <translation>SQLCipher %1, şema düzeyi %2, %3 dk hareketsizlikte kilit</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="147"/>
        <source>%1 on disk, of which %2 attachment(s): %3</source>
        <translation>Diskte %1; bunun %3 kadarı %2 ek dosya</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="155"/>
        <source>None yet.</source>
        <translation>Henüz yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="159"/>
        <source>more than six months ago: a periodic destruction is due (KVKK page)</source>
        <translation>altı aydan eski: periyodik imha zamanı geldi (KVKK sayfası)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="165"/>
        <source>%1 — %2 (made by the app before an upgrade)</source>
        <translation>%1 — %2 (uygulamanın güncelleme öncesi aldığı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="165"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="166"/>
        <source>unnamed</source>
        <translation>adsız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="168"/>
        <source>BEFORE the last destruction: it still holds what was destroyed</source>
        <translation>son imhadan ÖNCE: imha edilenleri hâlâ içeriyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="171"/>
        <source>… and %1 older.</source>
        <translation>… ve %1 daha eski yedek.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="172"/>
        <source>None.</source>
        <translation>Yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="182"/>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="183"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="179"/>
        <source>vault creation</source>
        <translation>kasanın oluşturulması</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="180"/>
        <source>%1 — %2 changed %3: %4 → %5</source>
        <translation>%1 — %2, %3 kullanıcısının rollerini değiştirdi: %4 → %5</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="184"/>
        <source>No role changes in the last 7 days.</source>
        <translation>Son 7 günde rol değişikliği yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="193"/>
        <source>Save backup</source>
        <translation>Yedeği kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="198"/>
        <source>Backing up…</source>
        <translation>Yedekleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="206"/>
        <source>Backup written and checked.</source>
        <translation>Yedek yazıldı ve doğrulandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="211"/>
        <source>Backup failed: %1</source>
        <translation>Yedekleme başarısız: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="215"/>
        <source>Verifying every page and the audit chain…</source>
        <translation>Her sayfa ve denetim zinciri doğrulanıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="222"/>
        <source>Vault verified: every page authenticated, audit chain intact.</source>
        <translation>Kasa doğrulandı: her sayfa doğrulandı, denetim zinciri sağlam.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="225"/>
        <source>Verification FAILED (%1). Restore from a backup.</source>
        <translation>Doğrulama BAŞARISIZ (%1). Yedekten geri yükleyin.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="45"/>
        <source>her full record</source>
        <translation>tüm kaydı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="45"/>
        <source>client-record.pdf</source>
        <translation>danisan-kaydi.pdf</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="75"/>
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="76"/>
        <source>Name:</source>
        <translation>Ad soyad:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="76"/>
        <source>Client code:</source>
        <translation>Danışan kodu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="76"/>
        <source>Born:</source>
        <translation>Doğum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="77"/>
        <source>Nationality:</source>
        <translation>Uyruk:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="77"/>
        <source>Residence status:</source>
        <translation>Göç / koruma statüsü:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="78"/>
        <source>Languages:</source>
        <translation>Konuştuğu diller:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="78"/>
        <source>Needs an interpreter for:</source>
        <translation>Tercüman ihtiyacı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="79"/>
        <source>Disability or access needs:</source>
        <translation>Engellilik ve erişilebilirlik ihtiyaçları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="80"/>
        <source>Disability (Washington Group):</source>
        <translation>Engellilik (Washington Grubu):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="81"/>
        <source>District she lives in:</source>
        <translation>İkamet ettiği ilçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="82"/>
        <source>Marital status:</source>
        <translation>Medeni durum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="82"/>
        <source>Education:</source>
        <translation>Eğitim durumu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="83"/>
        <source>Employment:</source>
        <translation>Çalışma durumu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="83"/>
        <source>Income:</source>
        <translation>Gelir:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="84"/>
        <source>Contacting her safely</source>
        <translation>Güvenli iletişim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="85"/>
        <source>Safe phone:</source>
        <translation>Güvenli telefon:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="85"/>
        <source>Safe times:</source>
        <translation>Güvenli zamanlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="86"/>
        <source>Never call at home:</source>
        <translation>Evden asla aranmamalı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="86"/>
        <source>Code word:</source>
        <translation>Parola kelime:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="87"/>
        <source>Notes:</source>
        <translation>Notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="87"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="88"/>
        <source>Intake</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="89"/>
        <source>Intake date:</source>
        <translation>Başvuru tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="89"/>
        <source>How she came:</source>
        <translation>Başvuru şekli:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="90"/>
        <source>Referred by:</source>
        <translation>Yönlendiren:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="90"/>
        <source>How she heard of us:</source>
        <translation>Merkezi nereden duydu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="91"/>
        <source>Her request:</source>
        <translation>Başvuru talebi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="92"/>
        <source>Violence types:</source>
        <translation>Şiddet türleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="92"/>
        <source>How often:</source>
        <translation>Sıklık:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="93"/>
        <source>Last incident:</source>
        <translation>Son olay:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="93"/>
        <source>Police / court before:</source>
        <translation>Daha önce kolluk / yargı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="94"/>
        <source>Immediate needs:</source>
        <translation>Acil ihtiyaçlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="95"/>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="96"/>
        <source>Opened:</source>
        <translation>Açılış tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="96"/>
        <source>Closed:</source>
        <translation>Kapanış tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="97"/>
        <source>Counselors:</source>
        <translation>Danışmanlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="98"/>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="103"/>
        <source>Case summary (for supervision):</source>
        <translation>Vaka özeti (süpervizyon için):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="104"/>
        <source>Her full record (KVKK access request):</source>
        <translation>Tüm kaydı (KVKK erişim talebi):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="105"/>
        <source>Send to…</source>
        <translation>Ortağa gönder…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="107"/>
        <source>Send to a partner: this case as an encrypted package</source>
        <translation>Ortağa gönder: bu vaka şifreli bir paket olarak</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="119"/>
        <source>To a paired partner (encrypted package):</source>
        <translation>Eşleştirilmiş bir ortağa (şifreli paket):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="121"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="121"/>
        <source>From</source>
        <translation>Önceki durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="121"/>
        <source>To</source>
        <translation>Yeni durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="121"/>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="121"/>
        <source>By</source>
        <translation>İşlemi yapan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="121"/>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="122"/>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="124"/>
        <source>Status history</source>
        <translation>Durum geçmişi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="153"/>
        <source>police</source>
        <translation>kolluk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="155"/>
        <source>court</source>
        <translation>yargı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="161"/>
        <source>no interpreter needed</source>
        <translation>tercüman gerekmiyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="165"/>
        <source>not asked</source>
        <translation>sorulmadı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="169"/>
        <source>no intake recorded</source>
        <translation>başvuru kaydı yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="179"/>
        <source>none assigned</source>
        <translation>atanmamış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="187"/>
        <source>Change her details…</source>
        <translation>Bilgilerini değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="188"/>
        <source>Change how to reach her…</source>
        <translation>Ulaşma bilgilerini değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="189"/>
        <source>Change the violence history…</source>
        <translation>Şiddet öyküsünü değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="194"/>
        <source>Change counselors…</source>
        <translation>Danışmanları değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="200"/>
        <source>New application for this woman…</source>
        <translation>Bu kadın için yeni başvuru…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="217"/>
        <source>Counselors saved.</source>
        <translation>Danışmanlar kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="219"/>
        <source>Her details saved.</source>
        <translation>Bilgileri kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="222"/>
        <source>How to reach her saved.</source>
        <translation>Ulaşma bilgileri kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="224"/>
        <source>Violence history saved.</source>
        <translation>Şiddet öyküsü kaydedildi.</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="29"/>
        <source>New cases: %1</source>
        <translation>Yeni vakalar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="30"/>
        <source>Cases updated: %1</source>
        <translation>Güncellenen vakalar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="31"/>
        <source>Records added: %1</source>
        <translation>Eklenen kayıtlar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="32"/>
        <source>Fields changed: %1</source>
        <translation>Değişen alanlar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="33"/>
        <source>Conflicts to resolve by a person: %1</source>
        <translation>Bir kişinin çözmesi gereken çakışmalar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="34"/>
        <source>Notes the sender withheld: %1</source>
        <translation>Gönderenin göndermediği notlar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="48"/>
        <source>Import a package</source>
        <translation>Paket içe aktar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="48"/>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="54"/>
        <source>Choose the package a partner sent. It is checked first (from a paired partner, for this vault, the next in order, unchanged) and you see what it would change before anything is written.</source>
        <translation>Bir ortağın gönderdiği paketi seçin. Önce denetlenir (eşleştirilmiş bir ortaktan mı, bu kasa için mi, sıradaki mi, değiştirilmemiş mi) ve hiçbir şey yazılmadan önce neleri değiştireceğini görürsünüz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="56"/>
        <source>No package chosen yet.</source>
        <translation>Henüz paket seçilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="58"/>
        <source>C&amp;hoose the package…</source>
        <translation>Paketi &amp;seç…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="64"/>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="68"/>
        <source>What importing would change</source>
        <translation>İçe aktarmanın değiştireceği şeyler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="71"/>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="74"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="80"/>
        <source>Choose the package</source>
        <translation>Paketi seçin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="87"/>
        <source>Checking the package…</source>
        <translation>Paket denetleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="94"/>
        <source>Package %1 from %2. Importing it would change:</source>
        <translation>%2 tarafından gönderilen %1 numaralı paket. İçe aktarılırsa şunlar değişir:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="105"/>
        <source>choose the package.</source>
        <translation>paketi seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/package_import_dialog.py" line="114"/>
        <source>Package %1 from %2 imported.</source>
        <translation>%2 tarafından gönderilen %1 numaralı paket içe aktarıldı.</translation>
    </message>
</context>
<context>
    <name>PackageLabels</name>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="59"/>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="60"/>
        <source>Her details</source>
        <translation>Danışanın bilgileri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="61"/>
        <source>Intake</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="62"/>
        <source>Child</source>
        <translation>Çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="63"/>
        <source>Person who used violence</source>
        <translation>Şiddet uygulayan kişi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="64"/>
        <source>Status history</source>
        <translation>Durum geçmişi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="65"/>
        <source>Risk assessment</source>
        <translation>Risk değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="66"/>
        <source>Safety plan</source>
        <translation>Güvenlik planı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="67"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="68"/>
        <source>Earlier version of a note</source>
        <translation>Notun önceki sürümü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="69"/>
        <source>Protective measure</source>
        <translation>Koruyucu tedbir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="70"/>
        <source>Violation of a measure</source>
        <translation>Tedbir ihlali</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="71"/>
        <source>Follow-up</source>
        <translation>İzlem</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="72"/>
        <source>Referral</source>
        <translation>Yönlendirme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="73"/>
        <source>Step of a referral</source>
        <translation>Yönlendirmenin bir adımı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="74"/>
        <source>Shelter placement</source>
        <translation>Konukevi yerleştirmesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="75"/>
        <source>Consent</source>
        <translation>Onay</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="76"/>
        <source>Appointment</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="77"/>
        <source>Aid or support</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="78"/>
        <source>Employment support</source>
        <translation>İstihdam desteği</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="79"/>
        <source>Court case</source>
        <translation>Dava</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="80"/>
        <source>Court hearing</source>
        <translation>Duruşma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="87"/>
        <source>the whole record</source>
        <translation>kaydın tamamı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="88"/>
        <source>opened on</source>
        <translation>açılış tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="89"/>
        <source>risk level</source>
        <translation>risk düzeyi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="90"/>
        <source>full name</source>
        <translation>ad soyad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="91"/>
        <source>birth year</source>
        <translation>doğum yılı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="92"/>
        <source>birth date</source>
        <translation>doğum tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="93"/>
        <source>nationality</source>
        <translation>uyruk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="94"/>
        <source>migrant status</source>
        <translation>göç / koruma statüsü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="95"/>
        <source>languages</source>
        <translation>diller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="96"/>
        <source>interpreter language</source>
        <translation>tercüman dili</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="97"/>
        <source>disability needs</source>
        <translation>engellilik ve erişilebilirlik ihtiyaçları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="98"/>
        <source>marital status</source>
        <translation>medeni durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="99"/>
        <source>education</source>
        <translation>eğitim durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="100"/>
        <source>employment</source>
        <translation>çalışma durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="101"/>
        <source>income</source>
        <translation>gelir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="102"/>
        <source>safe phone</source>
        <translation>güvenli telefon</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="103"/>
        <source>safe times to call</source>
        <translation>aranabileceği güvenli zamanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="104"/>
        <source>never call home</source>
        <translation>evden asla aranmamalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="105"/>
        <source>code word</source>
        <translation>parola kelime</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="106"/>
        <source>notes on contacting her</source>
        <translation>iletişim notları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="107"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="108"/>
        <source>district</source>
        <translation>ilçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="109"/>
        <source>disability types</source>
        <translation>engellilik türleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="110"/>
        <source>intake date</source>
        <translation>başvuru tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="111"/>
        <source>how she came</source>
        <translation>başvuru şekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="112"/>
        <source>referred by</source>
        <translation>yönlendiren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="113"/>
        <source>her request</source>
        <translation>başvuru talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="114"/>
        <source>violence types</source>
        <translation>şiddet türleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="115"/>
        <source>frequency</source>
        <translation>sıklık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="116"/>
        <source>last incident</source>
        <translation>son olay</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="117"/>
        <source>went to the police before</source>
        <translation>daha önce kolluğa başvurdu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="118"/>
        <source>went to court before</source>
        <translation>daha önce yargıya başvurdu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="119"/>
        <source>earlier contacts</source>
        <translation>önceki başvurular</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="120"/>
        <source>immediate needs</source>
        <translation>acil ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="121"/>
        <source>how she heard of the center</source>
        <translation>merkezi nereden duydu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="122"/>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="123"/>
        <source>sex</source>
        <translation>cinsiyet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="124"/>
        <source>with her</source>
        <translation>yanında</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="125"/>
        <source>school</source>
        <translation>okul</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="126"/>
        <source>concerns</source>
        <translation>kaygılar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="127"/>
        <source>needs</source>
        <translation>ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="128"/>
        <source>relationship</source>
        <translation>yakınlık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="129"/>
        <source>lives with her</source>
        <translation>birlikte yaşıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="130"/>
        <source>access to a weapon</source>
        <translation>silaha erişim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="131"/>
        <source>notes</source>
        <translation>notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="132"/>
        <source>items</source>
        <translation>maddeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="133"/>
        <source>plan text</source>
        <translation>plan metni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="134"/>
        <source>reviewed on</source>
        <translation>gözden geçirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="135"/>
        <source>kind of note</source>
        <translation>not türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="136"/>
        <source>date of the note</source>
        <translation>not tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="137"/>
        <source>duration (minutes)</source>
        <translation>süre (dakika)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="138"/>
        <source>interpreter present</source>
        <translation>tercüman vardı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="139"/>
        <source>interpreter&apos;s name</source>
        <translation>tercümanın adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="140"/>
        <source>never include in exports</source>
        <translation>dışa aktarımlara asla eklenmez</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="141"/>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="142"/>
        <source>child</source>
        <translation>çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="143"/>
        <source>version</source>
        <translation>sürüm</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="144"/>
        <source>kind of measure</source>
        <translation>tedbir türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="145"/>
        <source>decided by</source>
        <translation>karar veren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="146"/>
        <source>decision date</source>
        <translation>karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="147"/>
        <source>start date</source>
        <translation>başlangıç tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="148"/>
        <source>end date</source>
        <translation>bitiş tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="149"/>
        <source>court file number</source>
        <translation>dosya numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="150"/>
        <source>status</source>
        <translation>durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="151"/>
        <source>due on</source>
        <translation>planlanan tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="152"/>
        <source>purpose</source>
        <translation>amaç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="153"/>
        <source>done on</source>
        <translation>yapıldığı tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="154"/>
        <source>outcome</source>
        <translation>sonuç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="155"/>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="210"/>
        <source>institution</source>
        <translation>kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="156"/>
        <source>reason</source>
        <translation>gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="157"/>
        <source>service asked for</source>
        <translation>istenen hizmet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="158"/>
        <source>made on</source>
        <translation>oluşturulma tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="159"/>
        <source>sent on</source>
        <translation>gönderilme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="160"/>
        <source>answered on</source>
        <translation>yanıt tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="161"/>
        <source>closed on</source>
        <translation>kapanış tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="162"/>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="209"/>
        <source>reason for refusal</source>
        <translation>ret gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="163"/>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="164"/>
        <source>status before</source>
        <translation>önceki durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="165"/>
        <source>status after</source>
        <translation>yeni durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="166"/>
        <source>comment</source>
        <translation>açıklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="167"/>
        <source>shelter</source>
        <translation>konukevi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="168"/>
        <source>requested on</source>
        <translation>talep tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="169"/>
        <source>placed on</source>
        <translation>yerleştirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="170"/>
        <source>ended on</source>
        <translation>bitiş tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="171"/>
        <source>reason for leaving</source>
        <translation>ayrılış nedeni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="172"/>
        <source>reason for going over capacity</source>
        <translation>kapasite aşımının gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="173"/>
        <source>boy over the age limit</source>
        <translation>yaş sınırını aşan erkek çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="174"/>
        <source>placement she was transferred from</source>
        <translation>nakledildiği yerleştirme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="175"/>
        <source>children with her</source>
        <translation>yanındaki çocuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="176"/>
        <source>kind</source>
        <translation>tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="177"/>
        <source>given on</source>
        <translation>veriliş tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="178"/>
        <source>withdrawn on</source>
        <translation>geri alınma tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="179"/>
        <source>starts</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="180"/>
        <source>ends</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="181"/>
        <source>room</source>
        <translation>oda</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="182"/>
        <source>interpreter</source>
        <translation>tercüman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="183"/>
        <source>reason for cancelling</source>
        <translation>iptal nedeni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="184"/>
        <source>counselors</source>
        <translation>danışmanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="185"/>
        <source>when</source>
        <translation>zaman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="186"/>
        <source>event</source>
        <translation>olay</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="187"/>
        <source>assessed on</source>
        <translation>değerlendirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="188"/>
        <source>risk indicators</source>
        <translation>risk göstergeleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="189"/>
        <source>suggested level</source>
        <translation>önerilen düzey</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="190"/>
        <source>level</source>
        <translation>düzey</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="191"/>
        <source>recorded at</source>
        <translation>kayıt zamanı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="192"/>
        <source>replaced at</source>
        <translation>değiştirilme zamanı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="193"/>
        <source>requested at</source>
        <translation>talep zamanı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="194"/>
        <source>decided at</source>
        <translation>karar zamanı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="195"/>
        <source>confirmed by the judge at</source>
        <translation>hâkim onayı zamanı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="196"/>
        <source>electronic monitoring</source>
        <translation>elektronik izleme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="197"/>
        <source>identity kept confidential</source>
        <translation>kimlik gizliliği</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="198"/>
        <source>date of the violation</source>
        <translation>ihlal tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="199"/>
        <source>description</source>
        <translation>açıklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="200"/>
        <source>reported to</source>
        <translation>bildirildiği yer</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="201"/>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="202"/>
        <source>which unit or organisation</source>
        <translation>birim veya kuruluş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="203"/>
        <source>decided on</source>
        <translation>karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="204"/>
        <source>delivered on</source>
        <translation>teslim tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="205"/>
        <source>amount</source>
        <translation>tutar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="206"/>
        <source>quantity</source>
        <translation>miktar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="207"/>
        <source>social inquiry report dated</source>
        <translation>sosyal inceleme raporu tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="208"/>
        <source>committee decision number</source>
        <translation>komisyon karar numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="211"/>
        <source>started on</source>
        <translation>başlama tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="212"/>
        <source>outcome on</source>
        <translation>sonuç tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="213"/>
        <source>court</source>
        <translation>mahkeme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="214"/>
        <source>file number</source>
        <translation>dosya numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="215"/>
        <source>lawyer</source>
        <translation>avukat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="216"/>
        <source>hearing date</source>
        <translation>duruşma tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="217"/>
        <source>hearing time</source>
        <translation>duruşma saati</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="218"/>
        <source>note</source>
        <translation>not</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="224"/>
        <source>changed on both sides</source>
        <translation>iki tarafta da değişti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="225"/>
        <source>safety detail: never merged by itself</source>
        <translation>güvenlik bilgisi: asla kendiliğinden birleştirilmez</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="226"/>
        <source>removed here, changed there</source>
        <translation>burada silindi, orada değişti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="227"/>
        <source>removed there, changed here</source>
        <translation>orada silindi, burada değişti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="241"/>
        <source>(removed)</source>
        <translation>(silindi)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/package_labels.py" line="245"/>
        <source>(a record)</source>
        <translation>(bir kayıt)</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="43"/>
        <source>Add a partner</source>
        <translation>Ortak ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="43"/>
        <source>Pairing…</source>
        <translation>Eşleştiriliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="48"/>
        <source>1. Choose the card file the other center gave you. 2. Call the other center on a number you already know (not one written on the card) and ask them to read their fingerprint to you from their own screen. 3. Type what they read. If it differs from the card, do not pair.</source>
        <translation>1. Diğer merkezin size verdiği kart dosyasını seçin. 2. Diğer merkezi önceden bildiğiniz bir numaradan arayın (kartta yazan bir numaradan değil) ve parmak izlerini kendi ekranlarından size okumalarını isteyin. 3. Okuduklarını yazın. Kartla farklıysa eşleştirmeyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="51"/>
        <source>No card chosen yet.</source>
        <translation>Henüz kart seçilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="53"/>
        <source>C&amp;hoose the card…</source>
        <translation>Kartı &amp;seç…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="60"/>
        <source>The fingerprint the other center reads to you</source>
        <translation>Diğer merkezin size okuduğu parmak izi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="66"/>
        <source>Card file:</source>
        <translation>Kart dosyası:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="67"/>
        <source>Center on the card:</source>
        <translation>Karttaki merkez:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="68"/>
        <source>Fingerprint on the card:</source>
        <translation>Karttaki parmak izi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="69"/>
        <source>&amp;What they read to you:</source>
        <translation>Size &amp;okunan:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="71"/>
        <source>&amp;Pair</source>
        <translation>&amp;Eşleştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="73"/>
        <source>Card file</source>
        <translation>Kart dosyası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="74"/>
        <source>What they read to you</source>
        <translation>Size okunan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="79"/>
        <source>Choose the partner&apos;s card</source>
        <translation>Ortağın kartını seçin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="100"/>
        <source>choose the card file.</source>
        <translation>kart dosyasını seçin.</translation>
    </message>
</context>
<context>
    <name>ParticipantsGrid</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="40"/>
        <source>Participants (numbers, no names)</source>
        <translation>Katılımcılar (sayı, ad yok)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="42"/>
        <source>0–17</source>
        <translation>0–17</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="42"/>
        <source>18–29</source>
        <translation>18–29</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="42"/>
        <source>30–44</source>
        <translation>30–44</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="43"/>
        <source>45–64</source>
        <translation>45–64</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="43"/>
        <source>65 and over</source>
        <translation>65 ve üstü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="43"/>
        <source>Age not known</source>
        <translation>Yaşı bilinmeyen</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="44"/>
        <source>Women</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/activity_dialogs.py" line="44"/>
        <source>Men</source>
        <translation>Erkek</translation>
    </message>
</context>
<context>
    <name>PartnerActions</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_actions.py" line="54"/>
        <source>Packages s&amp;ent…</source>
        <translation>Gönderilen &amp;paketler…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_actions.py" line="56"/>
        <source>&amp;Remove partner…</source>
        <translation>Ortağı ka&amp;ldır…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_actions.py" line="58"/>
        <source>&amp;New keys for the center…</source>
        <translation>Merkez için yeni a&amp;nahtarlar…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_actions.py" line="59"/>
        <source>&amp;New keys for this vault…</source>
        <translation>Bu kasa için yeni a&amp;nahtarlar…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_actions.py" line="123"/>
        <source>%1 was removed: nothing is sent to it or accepted from it. Pairing its card again starts both directions over.</source>
        <translation>%1 kaldırıldı: ona bir şey gönderilmez, ondan bir şey kabul edilmez. Kartını yeniden eşleştirmek iki yönü de baştan başlatır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_actions.py" line="138"/>
        <source>This vault has new keys. Its new fingerprint: %1.</source>
        <translation>Bu kasanın yeni anahtarları var. Yeni parmak izi: %1.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_actions.py" line="140"/>
        <source>Tell each partner on a number you already know: %1.</source>
        <translation>Her ortağa, zaten bildiğiniz bir numaradan haber verin: %1.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_actions.py" line="143"/>
        <source>Each must remove this vault&apos;s old card, pair the new one (save the card above and give it to them) and check the new fingerprint with you. Packages still on the way, made for the old keys, cannot be opened any more; once paired again, the next package each way carries its cases whole.</source>
        <translation>Her biri bu kasanın eski kartını kaldırmalı, yenisini eşleştirmeli (yukarıdaki kartı kaydedip onlara verin) ve yeni parmak izini sizinle kontrol etmelidir. Hâlâ yolda olan, eski anahtarlar için yapılmış paketler artık açılamaz; yeniden eşleştirildikten sonra her iki yöndeki ilk paket dosyaları eksiksiz taşır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_actions.py" line="148"/>
        <source>No partner is paired, so no one needs to be told.</source>
        <translation>Eşleştirilmiş ortak yok; kimseye haber vermek gerekmiyor.</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="36"/>
        <source>Partner cards (*.kdcard);;All files (*)</source>
        <translation>Ortak kartları (*.kdcard);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="118"/>
        <source>Partners</source>
        <translation>Ortaklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="120"/>
        <source>Cases travel to paired partners (a shelter laptop, another center) only as encrypted, signed packages. Pair a partner once: exchange cards, then read the fingerprints to each other on the phone.</source>
        <translation>Vakalar eşleştirilmiş ortaklara (bir sığınmaevi dizüstü bilgisayarı, başka bir merkez) yalnızca şifreli ve imzalı paketler olarak gider. Bir ortağı bir kez eşleştirin: kartları değiş tokuş edin, sonra parmak izlerini telefonda birbirinize okuyun.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="126"/>
        <source>This vault&apos;s card</source>
        <translation>Bu kasanın kartı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="126"/>
        <source>The center&apos;s card</source>
        <translation>Merkezin kartı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="132"/>
        <source>This vault&apos;s fingerprint</source>
        <translation>Bu kasanın parmak izi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="133"/>
        <source>&amp;Save the card…</source>
        <translation>Kartı ka&amp;ydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="134"/>
        <source>Center:</source>
        <translation>Merkez:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="135"/>
        <source>Fingerprint:</source>
        <translation>Parmak izi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="142"/>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="146"/>
        <source>Paired partners</source>
        <translation>Eşleştirilmiş ortaklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="144"/>
        <source>&amp;Add a partner…</source>
        <translation>Ortak &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="145"/>
        <source>Center</source>
        <translation>Merkez</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="145"/>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="145"/>
        <source>Paired</source>
        <translation>Eşleştirildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="145"/>
        <source>Last sent</source>
        <translation>Son gönderilen</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="146"/>
        <source>Last received</source>
        <translation>Son alınan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="198"/>
        <source>never</source>
        <translation>hiç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="202"/>
        <source>starts again at no. 1</source>
        <translation>yeniden 1 numaradan başlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="203"/>
        <source>no. %1, %2</source>
        <translation>no. %1, %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="215"/>
        <source>Partner paired.</source>
        <translation>Ortak eşleştirildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="221"/>
        <source>Save this vault&apos;s card</source>
        <translation>Bu kasanın kartını kaydedin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partners_page.py" line="226"/>
        <source>Card saved. Give it to the partner; it holds no secret.</source>
        <translation>Kart kaydedildi. Ortağa verin; gizli bir bilgi içermez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_actions.py" line="31"/>
        <source>%1 (removed on %2)</source>
        <translation>%1 (%2 tarihinde kaldırıldı)</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="147"/>
        <source>New password</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="148"/>
        <source>Repeat the new password</source>
        <translation>Yeni parolayı tekrarlayın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="151"/>
        <source>Password requirements</source>
        <translation>Parola koşulları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="154"/>
        <source>New pass&amp;word:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="155"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="185"/>
        <source>Password needs: %1</source>
        <translation>Parola için gereken: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="187"/>
        <source>The two passwords do not match yet.</source>
        <translation>İki parola henüz aynı değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="189"/>
        <source>Password meets the policy.</source>
        <translation>Parola kurallara uygun.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="191"/>
        <source>At least 10 characters; not a common password; not your user name.</source>
        <translation>En az 10 karakter; yaygın bir parola olmamalı; kullanıcı adınızı içermemeli.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="34"/>
        <location filename="../kadin_danisma/gui/reports/period.py" line="44"/>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="34"/>
        <location filename="../kadin_danisma/gui/reports/period.py" line="50"/>
        <source>Quarter</source>
        <translation>Çeyrek</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="34"/>
        <location filename="../kadin_danisma/gui/reports/period.py" line="39"/>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="35"/>
        <source>Any range of days</source>
        <translation>Herhangi bir tarih aralığı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="35"/>
        <source>Kind of period</source>
        <translation>Dönem türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="47"/>
        <source>Quarter %1 (%2–%3)</source>
        <translation>%1. çeyrek (%2–%3)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="53"/>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="55"/>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="61"/>
        <source>Peri&amp;od:</source>
        <translation>&amp;Dönem:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="69"/>
        <source>&amp;Which:</source>
        <translation>Han&amp;gi dönem:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="74"/>
        <source>&amp;From:</source>
        <translation>Baş&amp;langıç:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="76"/>
        <source>&amp;To:</source>
        <translation>Bi&amp;tiş:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/period.py" line="130"/>
        <source>Type the first and the last day of the period as DD.MM.YYYY.</source>
        <translation>Dönemin ilk ve son gününü GG.AA.YYYY olarak yazın.</translation>
    </message>
</context>
<context>
    <name>PerpetratorDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="255"/>
        <source>Add a perpetrator</source>
        <translation>Şiddet uygulayan ekleyin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="256"/>
        <source>Change the perpetrator&apos;s details</source>
        <translation>Şiddet uygulayanın bilgilerini değiştirin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="260"/>
        <source>(choose)</source>
        <translation>(seçin)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="261"/>
        <source>Relationship to her</source>
        <translation>Danışana yakınlığı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="263"/>
        <source>Perpetrator&apos;s name</source>
        <translation>Şiddet uygulayanın adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="264"/>
        <source>Perpetrator&apos;s sex</source>
        <translation>Şiddet uygulayanın cinsiyeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="266"/>
        <source>&amp;Lives with her</source>
        <translation>Danışanla birlikte &amp;yaşıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="268"/>
        <source>Has access to a &amp;weapon</source>
        <translation>Silaha &amp;erişimi var</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="271"/>
        <source>Notes on the perpetrator</source>
        <translation>Şiddet uygulayana ilişkin notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="273"/>
        <source>Relation&amp;ship to her:</source>
        <translation>Da&amp;nışana yakınlığı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="274"/>
        <source>&amp;Name:</source>
        <translation>&amp;Adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="275"/>
        <source>Se&amp;x:</source>
        <translation>&amp;Cinsiyet:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="278"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="280"/>
        <source>Relationship</source>
        <translation>Yakınlığı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="281"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="281"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>PerpetratorEditor</name>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="138"/>
        <source>Selected perpetrator</source>
        <translation>Seçili şiddet uygulayan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="139"/>
        <source>(choose)</source>
        <translation>(seçin)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="142"/>
        <source>Lives with her</source>
        <translation>Danışanla birlikte yaşıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="144"/>
        <source>Has access to a weapon</source>
        <translation>Silaha erişimi var</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="147"/>
        <source>Relationship to her:</source>
        <translation>Danışana yakınlığı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="149"/>
        <source>Perpetrator&apos;s name:</source>
        <translation>Şiddet uygulayanın adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="150"/>
        <source>Perpetrator&apos;s sex:</source>
        <translation>Şiddet uygulayanın cinsiyeti:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="153"/>
        <source>Notes:</source>
        <translation>Notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="143"/>
        <source>Perpetrator lives with her</source>
        <translation>Şiddet uygulayan danışanla birlikte yaşıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="145"/>
        <source>Perpetrator has access to a weapon</source>
        <translation>Şiddet uygulayanın silaha erişimi var</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="148"/>
        <source>Perpetrator&apos;s relationship to her</source>
        <translation>Şiddet uygulayanın danışana yakınlığı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="149"/>
        <source>Perpetrator&apos;s name</source>
        <translation>Şiddet uygulayanın adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="150"/>
        <source>Perpetrator&apos;s sex</source>
        <translation>Şiddet uygulayanın cinsiyeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="153"/>
        <source>Notes on the perpetrator</source>
        <translation>Şiddet uygulayana ilişkin notlar</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="38"/>
        <source>%1 — full (%2 places)</source>
        <translation>%1 — dolu (%2 yer)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="40"/>
        <source>%1 — %2 of %3 places free</source>
        <translation>%1 — %3 yerden %2 yer boş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="42"/>
        <source>boys up to %1</source>
        <translation>erkek çocuk en fazla %1 yaş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="43"/>
        <source>no age limit for boys</source>
        <translation>erkek çocuk için yaş sınırı yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="179"/>
        <source>Place her in a shelter</source>
        <translation>Konukevine yerleştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="183"/>
        <source>Children going with her</source>
        <translation>Annesiyle birlikte gelen çocuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="190"/>
        <source>age %1</source>
        <translation>%1 yaşında</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="192"/>
        <source>Goes with her: %1</source>
        <translation>Annesiyle birlikte: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="198"/>
        <source>No children recorded.</source>
        <translation>Kayıtlı çocuk yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="200"/>
        <source>&amp;Shelter:</source>
        <translation>&amp;Konukevi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="201"/>
        <source>&amp;Placed on:</source>
        <translation>&amp;Yerleştirme tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="203"/>
        <source>Placed on</source>
        <translation>Yerleştirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="203"/>
        <source>Shelter</source>
        <translation>Konukevi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="58"/>
        <source>Boys older than this shelter&apos;s limit (%1): %2. The placement will be flagged; check with the shelter.</source>
        <translation>Bu konukevinin yaş sınırını (%1) aşan erkek çocuklar: %2. Yerleştirme işaretlenecek; konukeviyle görüşün.</translation>
    </message>
</context>
<context>
    <name>PlaceHoldDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="26"/>
        <source>Place a legal hold</source>
        <translation>Yasal saklama koy</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="27"/>
        <source>While the hold stands, nothing of her record is destroyed: not at the end of its retention period and not at her own request. State why (court proceedings, a prosecutor&apos;s request). Only a supervisor can lift it.</source>
        <translation>Saklama sürdükçe kaydından hiçbir şey imha edilmez: ne saklama süresi dolduğunda ne de kendi talebiyle. Nedenini yazın (süren dava, savcılık talebi). Yalnızca bir süpervizör kaldırabilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="30"/>
        <source>Reason for the legal hold</source>
        <translation>Yasal saklama gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="30"/>
        <source>&amp;Place the hold</source>
        <translation>Saklamayı &amp;koy</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="335"/>
        <source>Shelter</source>
        <translation>Konukevi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="335"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="335"/>
        <source>Requested</source>
        <translation>Talep</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="335"/>
        <source>Placed</source>
        <translation>Yerleştirme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="335"/>
        <source>Ended</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="336"/>
        <source>Exit reason</source>
        <translation>Çıkış nedeni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="336"/>
        <source>Children with her</source>
        <translation>Birlikte kalan çocuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="336"/>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="336"/>
        <source>Shelter placements</source>
        <translation>Konukevi yerleştirmeleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="353"/>
        <source>Ne&amp;w placement…</source>
        <translation>Yen&amp;i yerleştirme…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="355"/>
        <source>End placement, record e&amp;xit…</source>
        <translation>Yerleştirmeyi sonlan&amp;dır, çıkışı kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="358"/>
        <source>Transfer t&amp;o another shelter…</source>
        <translation>Başka konukevine ge&amp;çiş…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="361"/>
        <source>&amp;Confirm the request…</source>
        <translation>Talebi onay&amp;la…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="366"/>
        <source>In %1 since %2.</source>
        <translation>%2 tarihinden beri konukevinde: %1.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="368"/>
        <source>Not in a shelter now.</source>
        <translation>Şu anda konukevinde değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="373"/>
        <source>Beyond capacity: %1</source>
        <translation>Kapasite üstü: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="375"/>
        <source>Boy over the age limit</source>
        <translation>Yaş sınırını aşan erkek çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="377"/>
        <source>Transfer</source>
        <translation>Nakil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="409"/>
        <source>Placement recorded.</source>
        <translation>Yerleştirme kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="416"/>
        <source>Placement confirmed.</source>
        <translation>Yerleştirme onaylandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="423"/>
        <source>Placement ended.</source>
        <translation>Yerleştirme sonlandırıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="431"/>
        <source>Transfer recorded.</source>
        <translation>Nakil kaydedildi.</translation>
    </message>
</context>
<context>
    <name>PlanFollowUpDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="51"/>
        <source>Plan a follow-up</source>
        <translation>İzlem planlayın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="53"/>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="61"/>
        <source>Due on</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="56"/>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="61"/>
        <source>What for</source>
        <translation>Ne için</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="58"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="59"/>
        <source>&amp;What for:</source>
        <translation>&amp;Ne için:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../kadin_danisma/gui/base/printing.py" line="122"/>
        <source>Print: %1</source>
        <translation>Yazdır: %1</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="20"/>
        <source>Propose a destruction</source>
        <translation>İmha öner</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="23"/>
        <source>Due now: %1 women (%2 cases) to %3; %4 women&apos;s safe-contact details and %5 closed shelters&apos; contact details to clear. Women with a case on legal hold (%6) are left out.</source>
        <translation>Şimdi süresi dolan: %1 kadın (%2 dosya), yöntem: %3; silinecek %4 kadının güvenli iletişim bilgisi ve kapanmış %5 konukevinin iletişim bilgisi. Yasal saklama altında dosyası olan kadınlar (%6) dışarıda bırakılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="30"/>
        <source>A supervisor who is not you approves the proposal; only then is anything destroyed. If nothing is due, the approval still records that this period&apos;s review was made.</source>
        <translation>Öneriyi sizin dışınızda bir süpervizör onaylar; ancak o zaman bir şey imha edilir. Süresi dolan kayıt yoksa onay, bu dönemin gözden geçirildiğini yine de kayda geçirir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_dialogs.py" line="32"/>
        <source>&amp;Propose</source>
        <translation>Ö&amp;ner</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/base/qt_texts.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Konum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/qt_texts.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Dosya &amp;türü:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../kadin_danisma/gui/base/qt_texts.py" line="16"/>
        <source>Page &amp;Set:</source>
        <translation>Sayfa &amp;kümesi:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/break_glass.py" line="15"/>
        <source>Reason required</source>
        <translation>Gerekçe gerekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/break_glass.py" line="16"/>
        <source>This case is not assigned to you. State why you need to open it (for example: covering for a colleague who is on leave). The reason and your access are recorded in the audit log and shown to supervisors.</source>
        <translation>Bu vaka size atanmamış. Neden açmanız gerektiğini yazın (örneğin: izindeki bir meslektaşınızın yerine bakıyorsunuz). Gerekçe ve erişiminiz denetim kaydına yazılır ve süpervizörlere gösterilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/break_glass.py" line="19"/>
        <source>Reason for opening the case</source>
        <translation>Vakayı açma gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/break_glass.py" line="19"/>
        <source>&amp;Open the case</source>
        <translation>Vakayı &amp;aç</translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="57"/>
        <source>Record her request (KVKK art. 11)</source>
        <translation>Talebini kaydet (KVKK m. 11)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="59"/>
        <source>What she asks for</source>
        <translation>Ne istiyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="60"/>
        <source>Day the request came</source>
        <translation>Talebin geldiği gün</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="63"/>
        <source>Her request in her words</source>
        <translation>Talebi, kendi sözleriyle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="65"/>
        <source>She &amp;asks for:</source>
        <translation>&amp;İstediği:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="66"/>
        <source>&amp;Came on:</source>
        <translation>&amp;Geliş tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="67"/>
        <source>Her &amp;words:</source>
        <translation>Kendi &amp;sözleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="69"/>
        <source>The law gives 30 days to answer, counted from the day the request came. The deadline shows on the dashboard until the answer is recorded.</source>
        <translation>Kanun, talebin geldiği günden başlayarak yanıt için 30 gün verir. Yanıt kaydedilene kadar süre gösterge panelinde görünür.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="71"/>
        <source>She asks for</source>
        <translation>İstediği</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="72"/>
        <source>Came on</source>
        <translation>Geliş tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/kvkk_dialogs.py" line="73"/>
        <source>Her words</source>
        <translation>Kendi sözleri</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="156"/>
        <source>New recovery key</source>
        <translation>Yeni kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="162"/>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="166"/>
        <source>The old recovery key no longer works. Write this one down now; it is not shown again. Keep it locked away from this computer.</source>
        <translation>Eski kurtarma anahtarı artık çalışmıyor. Bunu şimdi not alın; bir daha gösterilmeyecek. Bu bilgisayardan uzakta, kilitli bir yerde saklayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="168"/>
        <source>the recovery sheet</source>
        <translation>kurtarma belgesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="168"/>
        <source>recovery-key.pdf</source>
        <translation>kurtarma-anahtari.pdf</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="169"/>
        <source>&amp;Save the sheet as PDF…</source>
        <translation>Belgeyi PDF olarak &amp;kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="170"/>
        <source>&amp;Print the sheet…</source>
        <translation>Belgeyi &amp;yazdır…</translation>
    </message>
</context>
<context>
    <name>RecoveryWorkspace</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/recovery_page.py" line="26"/>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/recovery_page.py" line="32"/>
        <source>Set a &amp;new password…</source>
        <translation>&amp;Yeni parola belirle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/recovery_page.py" line="33"/>
        <source>&amp;Lock</source>
        <translation>&amp;Kilitle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/recovery_page.py" line="41"/>
        <source>Unlocked with the recovery key</source>
        <translation>Kurtarma anahtarıyla açıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/recovery_page.py" line="43"/>
        <source>The recovery key only lets you set a new password for a user. Choose the account, set a password, then sign in with it. This is recorded in the audit log.</source>
        <translation>Kurtarma anahtarı yalnızca bir kullanıcıya yeni parola belirlemenizi sağlar. Hesabı seçin, parola belirleyin, sonra bu parolayla giriş yapın. Bu işlem denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/recovery_page.py" line="61"/>
        <source>New password set for %1. Lock, then sign in with it.</source>
        <translation>%1 için yeni parola belirlendi. Kilitleyin, sonra bu parolayla giriş yapın.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="325"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="325"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="325"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="325"/>
        <source>Created</source>
        <translation>Oluşturma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="325"/>
        <source>Sent</source>
        <translation>Gönderim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="326"/>
        <source>Answered</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="326"/>
        <source>Closed</source>
        <translation>Kapanış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="326"/>
        <source>Consent override</source>
        <translation>Onay istisnası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="326"/>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="331"/>
        <source>The selected referral and its events</source>
        <translation>Seçili yönlendirme ve süreç adımları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="332"/>
        <source>Select a referral to see its reason and events.</source>
        <translation>Gerekçesini ve süreç adımlarını görmek için bir yönlendirme seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="343"/>
        <source>Ne&amp;w referral…</source>
        <translation>Yen&amp;i yönlendirme…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="345"/>
        <source>&amp;Change status…</source>
        <translation>&amp;Durumu değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="351"/>
        <source>Open: %1 · all: %2</source>
        <translation>Açık: %1 · tümü: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="352"/>
        <source>No referrals yet.</source>
        <translation>Henüz yönlendirme yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="357"/>
        <source>overridden</source>
        <translation>istisna tanındı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="378"/>
        <source>&amp;Override with a reason…</source>
        <translation>Gerek&amp;çeyle istisna tanı…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="380"/>
        <source>Letter as P&amp;DF…</source>
        <translation>Yönlendirme yazısı (PD&amp;F)…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="404"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="404"/>
        <source>Requested service</source>
        <translation>Talep edilen hizmet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="405"/>
        <source>Reason for the rejection</source>
        <translation>Ret gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="405"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="406"/>
        <source>Consent overridden by a supervisor</source>
        <translation>Onay için süpervizör istisnası tanındı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="409"/>
        <source>Events:</source>
        <translation>Süreç adımları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="428"/>
        <source>Referral saved as a draft. Send it with Change status once she has consented.</source>
        <translation>Yönlendirme taslak olarak kaydedildi. Danışan onay verdiğinde Durumu değiştir ile gönderin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="438"/>
        <source>Referral status changed.</source>
        <translation>Yönlendirme durumu değiştirildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="448"/>
        <source>Override recorded; the referral may now be sent.</source>
        <translation>İstisna kaydedildi; yönlendirme artık gönderilebilir.</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/rekey_dialog.py" line="29"/>
        <source>Change the vault key</source>
        <translation>Kasa anahtarını değiştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/rekey_dialog.py" line="31"/>
        <source>%1 is disabled: her password no longer opens the vault. A copy of the vault folder made before today still would, until the vault&apos;s key is changed.</source>
        <translation>%1 devre dışı: parolası artık kasayı açmıyor. Ancak bugünden önce alınmış bir kasa klasörü kopyası, kasanın anahtarı değiştirilene kadar onunla hâlâ açılabilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/rekey_dialog.py" line="34"/>
        <source>Change the vault&apos;s key after someone leaves, or if a password or the recovery key may have been seen by someone else.</source>
        <translation>Biri ayrıldıktan sonra ya da bir parolayı veya kurtarma anahtarını başka birinin görmüş olabileceği durumlarda kasanın anahtarını değiştirin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/rekey_dialog.py" line="37"/>
        <source>The whole vault is encrypted again with a new key. Everyone keeps her password; accounts that have not signed in since this version was installed get a one-time password, shown to you. A new recovery key is shown; the old one stops working. Backups made before keep the old key: store or destroy them accordingly.

Everyone else must close the app first. You are signed out and back in; this takes a few seconds for a large vault.</source>
        <translation>Kasanın tamamı yeni bir anahtarla yeniden şifrelenir. Herkes kendi parolasını korur; bu sürüm kurulduğundan beri giriş yapmamış hesaplar size gösterilen tek kullanımlık bir parola alır. Yeni bir kurtarma anahtarı gösterilir; eskisi çalışmaz olur. Daha önce alınmış yedekler eski anahtarla açılmaya devam eder: onları buna göre saklayın ya da imha edin.

Önce diğer herkes uygulamayı kapatmalı. Oturumunuz kapatılıp yeniden açılır; büyük bir kasada bu birkaç saniye sürer.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/rekey_dialog.py" line="42"/>
        <source>Your password</source>
        <translation>Parolanız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/rekey_dialog.py" line="44"/>
        <source>&amp;Your password:</source>
        <translation>&amp;Parolanız:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/rekey_dialog.py" line="47"/>
        <source>C&amp;hange the key</source>
        <translation>Anahtarı &amp;değiştir</translation>
    </message>
</context>
<context>
    <name>RekeyResultDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/rekey_dialog.py" line="72"/>
        <source>The vault key was changed</source>
        <translation>Kasa anahtarı değiştirildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/rekey_dialog.py" line="75"/>
        <source>The vault is now encrypted with a new key. %1 account(s) keep their password.</source>
        <translation>Kasa artık yeni bir anahtarla şifreli. %1 hesap parolasını koruyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/rekey_dialog.py" line="82"/>
        <source>One-time passwords (give each to her in person; she chooses her own at her next sign-in):</source>
        <translation>Tek kullanımlık parolalar (her birini sahibine yüz yüze verin; kendisi bir sonraki girişinde kendi parolasını seçer):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/rekey_dialog.py" line="86"/>
        <source>One-time passwords</source>
        <translation>Tek kullanımlık parolalar</translation>
    </message>
</context>
<context>
    <name>RemoveAttachmentDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="198"/>
        <source>Take the file off the case</source>
        <translation>Dosyayı vakadan çıkar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="199"/>
        <source>The file is removed from the vault for good (a backup made earlier still holds it). Say why: the reason is kept in the audit log by its length only.</source>
        <translation>Dosya kasadan kalıcı olarak silinir (daha önce alınmış bir yedekte durur). Nedenini yazın: neden denetim kaydında yalnızca uzunluğuyla tutulur.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="200"/>
        <source>Why the file is taken off</source>
        <translation>Dosyanın çıkarılma nedeni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/attachment_dialogs.py" line="201"/>
        <source>&amp;Take it off</source>
        <translation>Ç&amp;ıkar</translation>
    </message>
</context>
<context>
    <name>RemovePartnerDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="22"/>
        <source>Remove a partner</source>
        <translation>Ortağı kaldır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="22"/>
        <source>Removing…</source>
        <translation>Kaldırılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="26"/>
        <source>Remove %1?</source>
        <translation>%1 kaldırılsın mı?</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="28"/>
        <source>Nothing is sent to %1 any more and no package from it is accepted. It stays in the list, marked removed, for the record; conflicts from it that are still open stay for a person to decide.</source>
        <translation>%1 ortağına artık bir şey gönderilmez ve ondan gelen hiçbir paket kabul edilmez. Kayıt için listede “kaldırıldı” olarak kalır; ondan gelen, hâlâ açık çakışmalar bir kişinin karar vermesi için kalır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="33"/>
        <source>Pairing its card again later starts both directions over: package numbers start again at 1 and the first package to it carries its cases whole.</source>
        <translation>Kartını daha sonra yeniden eşleştirmek iki yönü de baştan başlatır: paket numaraları yeniden 1&apos;den başlar ve ona giden ilk paket dosyaları eksiksiz taşır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="36"/>
        <source>&amp;Remove the partner</source>
        <translation>Ortağı &amp;kaldır</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="256"/>
        <source>Reopen the case</source>
        <translation>Vakayı yeniden aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="259"/>
        <source>Reason for reopening</source>
        <translation>Yeniden açma gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="262"/>
        <source>&amp;Reason for reopening:</source>
        <translation>Yeniden açma &amp;gerekçesi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="265"/>
        <source>The case becomes active again and its counselor can work on it. The reason is kept in the case&apos;s history.</source>
        <translation>Vaka yeniden etkin olur ve danışmanı üzerinde çalışabilir. Gerekçe vakanın geçmişinde saklanır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="267"/>
        <source>Re&amp;open</source>
        <translation>&amp;Yeniden aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="268"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../kadin_danisma/gui/reports/closing.py" line="26"/>
        <source>The figures of %1 past period(s) were fixed for the reports.</source>
        <translation>Raporlar için geçmiş %1 dönemin rakamları sabitlendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/closing.py" line="30"/>
        <source>The figures of past months could not be fixed: %1 It will be tried again at the next unlock.</source>
        <translation>Geçmiş ayların rakamları sabitlenemedi: %1 Bir sonraki kilit açışta yeniden denenecek.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="63"/>
        <source>The center&apos;s figures, from the cases whose client consented to anonymous statistics. Small counts are hidden so that no woman can be recognised.</source>
        <translation>Merkezin rakamları; yalnızca danışanı anonim istatistiklere onay vermiş dosyalardan. Hiçbir kadın tanınmasın diye küçük sayılar gizlenir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="65"/>
        <source>The figures of your own caseload, from the cases whose client consented to anonymous statistics. Small counts are hidden so that no woman can be recognised.</source>
        <translation>Kendi dosyalarınızın rakamları; yalnızca danışanı anonim istatistiklere onay vermiş dosyalardan. Hiçbir kadın tanınmasın diye küçük sayılar gizlenir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="67"/>
        <source>Activity report</source>
        <translation>Faaliyet raporu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="68"/>
        <source>GBVIMS-style tables</source>
        <translation>GBVIMS tabloları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="68"/>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="71"/>
        <source>R&amp;un the report</source>
        <translation>Raporu &amp;hazırla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="73"/>
        <source>Cancel the run</source>
        <translation>Hazırlamayı durdur</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="78"/>
        <source>Report progress</source>
        <translation>Rapor ilerlemesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="85"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapor:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="99"/>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="99"/>
        <source>Save as &amp;XLSX…</source>
        <translation>&amp;XLSX olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="100"/>
        <source>Save as &amp;CSV…</source>
        <translation>&amp;CSV olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="111"/>
        <source>Tables of the report</source>
        <translation>Raporun tabloları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="118"/>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="124"/>
        <source>Bar chart of the table</source>
        <translation>Tablonun çubuk grafiği</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="125"/>
        <source>The same figures as the table, as bars; hidden counts have no bar.</source>
        <translation>Tablodaki rakamların çubuklarla gösterimi; gizlenen sayıların çubuğu yoktur.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="146"/>
        <source>T&amp;ables:</source>
        <translation>T&amp;ablolar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="150"/>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="190"/>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="199"/>
        <source>Cancelling…</source>
        <translation>Durduruluyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="236"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="293"/>
        <source>Save the report</source>
        <translation>Raporu kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="299"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="313"/>
        <source>Saved: %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/reports/page.py" line="318"/>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="76"/>
        <source>Reset password</source>
        <translation>Parolayı sıfırla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="79"/>
        <source>New password for %1. She must change it at her next sign-in.</source>
        <translation>%1 için yeni parola. Bir sonraki girişinde değiştirmesi gerekecek.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="81"/>
        <source>New password for %1.</source>
        <translation>%1 için yeni parola.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="34"/>
        <source>Restore a backup into a new folder</source>
        <translation>Bir yedeği yeni bir klasöre geri yükleyin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="34"/>
        <source>Working…</source>
        <translation>İşleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="41"/>
        <source>The backup is put back into a new folder; this vault and every other stay as they are. The backup is checked first with your password, and restored only if every check passes.</source>
        <translation>Yedek yeni bir klasöre geri yüklenir; bu kasa ve diğerleri olduğu gibi kalır. Yedek önce parolanızla denetlenir ve ancak her denetimden geçerse geri yüklenir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="43"/>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="47"/>
        <source>Not chosen yet.</source>
        <translation>Henüz seçilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="45"/>
        <source>C&amp;hoose the backup…</source>
        <translation>&amp;Yedeği seç…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="49"/>
        <source>Choose the &amp;folder…</source>
        <translation>K&amp;lasörü seç…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="51"/>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="77"/>
        <source>Your password</source>
        <translation>Parolanız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="60"/>
        <source>Backup file:</source>
        <translation>Yedek dosyası:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="61"/>
        <source>New folder:</source>
        <translation>Yeni klasör:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="62"/>
        <source>Your &amp;password:</source>
        <translation>&amp;Parolanız:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="64"/>
        <source>Restore in progress</source>
        <translation>Geri yükleme sürüyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="73"/>
        <source>&amp;Check and restore</source>
        <translation>&amp;Denetle ve geri yükle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="75"/>
        <source>Backup file</source>
        <translation>Yedek dosyası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="76"/>
        <source>New folder</source>
        <translation>Yeni klasör</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="83"/>
        <source>Choose the backup</source>
        <translation>Yedeği seçin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="90"/>
        <source>Where the restored vault goes</source>
        <translation>Geri yüklenen kasanın klasörü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="95"/>
        <source>(a new folder inside the one you chose, which is not empty)</source>
        <translation>(seçtiğiniz klasör boş olmadığından, onun içinde yeni bir klasör)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="102"/>
        <source>choose the backup file.</source>
        <translation>yedek dosyasını seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="104"/>
        <source>choose where it goes.</source>
        <translation>nereye gideceğini seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="111"/>
        <source>Step 1 of 2: checking the backup (every page, the audit chain, the signature)…</source>
        <translation>Adım 1/2: yedek denetleniyor (her sayfa, denetim zinciri, imza)…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="123"/>
        <source>The backup failed its check: it was not restored. Try another backup.</source>
        <translation>Yedek denetimden geçemedi: geri yüklenmedi. Başka bir yedek deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="127"/>
        <source>Step 2 of 2: restoring into the new folder…</source>
        <translation>Adım 2/2: yeni klasöre geri yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="133"/>
        <source>Checked and restored.</source>
        <translation>Denetlendi ve geri yüklendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="136"/>
        <source>The backup is in %1. To work in it, start Kadın Danışma with that folder (kadin-danisma --vault FOLDER); its first sign-in records the restore.</source>
        <translation>Yedek şurada: %1. Onunla çalışmak için Kadın Danışma&apos;yı o klasörle başlatın (kadin-danisma --vault KLASÖR); ilk giriş geri yüklemeyi kayda geçirir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/restore_dialog.py" line="140"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="87"/>
        <source>Fi&amp;nish rewriting the vault file</source>
        <translation>Kasa dosyasını yeniden yazmayı &amp;bitir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="91"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="94"/>
        <source>Years a record is kept after her last case closed</source>
        <translation>Son dosyası kapandıktan sonra kaydın saklandığı yıl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="96"/>
        <source>Years her safe-contact details are kept</source>
        <translation>Güvenli iletişim bilgisinin saklandığı yıl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="97"/>
        <source>Years a closed shelter&apos;s contact details are kept</source>
        <translation>Kapanmış konukevinin iletişim bilgisinin saklandığı yıl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="100"/>
        <source>At the end of the period</source>
        <translation>Süre sonunda</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="101"/>
        <source>&amp;Save the policy</source>
        <translation>Po&amp;litikayı kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="104"/>
        <source>Retention policy</source>
        <translation>Saklama politikası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="106"/>
        <source>Keep her &amp;record:</source>
        <translation>Kaydı s&amp;akla:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="107"/>
        <source>Safe-&amp;contact details:</source>
        <translation>Güvenli &amp;iletişim bilgisi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="108"/>
        <source>Closed s&amp;helters&apos; contact details:</source>
        <translation>Kapanmış k&amp;onukevlerinin iletişimi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="109"/>
        <source>At the &amp;end:</source>
        <translation>Süre &amp;sonunda:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="111"/>
        <source>Anonymize: her name, contact details and every free text are removed; the coded facts stay for the statistics. Delete: her record goes entirely. Past statistics stay the same either way.</source>
        <translation>Anonim hale getirme: adı, iletişim bilgileri ve tüm serbest metin silinir; kodlu bilgiler istatistik için kalır. Silme: kaydı tamamen silinir. Geçmiş istatistikler her iki yolda da aynı kalır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="116"/>
        <source>Only an administrator changes the policy.</source>
        <translation>Politikayı yalnızca yönetici değiştirir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="126"/>
        <source>Last case ended</source>
        <translation>Son dosyanın kapanışı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="126"/>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="156"/>
        <source>Cases</source>
        <translation>Dosyalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="126"/>
        <source>Legal hold</source>
        <translation>Yasal saklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="127"/>
        <source>Women due for destruction</source>
        <translation>İmha süresi dolan kadınlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="128"/>
        <source>Propose th&amp;is destruction…</source>
        <translation>Bu imhayı ö&amp;ner…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="130"/>
        <source>Due for destruction</source>
        <translation>İmha süresi dolanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="137"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="137"/>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="155"/>
        <source>Kind</source>
        <translation>Türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="137"/>
        <source>Proposed by</source>
        <translation>Öneren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="137"/>
        <source>Proposed</source>
        <translation>Önerildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="138"/>
        <source>Destructions waiting for approval</source>
        <translation>Onay bekleyen imhalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="139"/>
        <source>&amp;Approve and destroy…</source>
        <translation>Onayla ve im&amp;ha et…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="141"/>
        <source>Withdraw the pr&amp;oposal</source>
        <translation>Öneriyi &amp;geri çek</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="143"/>
        <source>Waiting for approval</source>
        <translation>Onay bekleyenler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="146"/>
        <source>A supervisor who did not propose a destruction approves it.</source>
        <translation>Bir imhayı, onu önermeyen bir süpervizör onaylar.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="155"/>
        <source>Done</source>
        <translation>Yapıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="155"/>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="155"/>
        <source>Women</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="156"/>
        <source>Approved by</source>
        <translation>Onaylayan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="156"/>
        <source>Destruction records</source>
        <translation>İmha tutanakları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="158"/>
        <source>Save the record as P&amp;DF…</source>
        <translation>Tutanağı P&amp;DF olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="160"/>
        <source>Destruction records (kept at least three years)</source>
        <translation>İmha tutanakları (en az üç yıl saklanır)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="165"/>
        <source>Backups made before a destruction still hold what it destroyed; the Vault tab marks them.</source>
        <translation>Bir imhadan önce alınmış yedekler imha edilenleri hâlâ içerir; Kasa sekmesi bunları işaretler.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="199"/>
        <source> years</source>
        <translation> yıl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="212"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="231"/>
        <source>Due now: %1 women (%2 cases), %3 women&apos;s safe-contact details, %4 closed shelters&apos; contact details. On legal hold, not proposed: %5.</source>
        <translation>Şimdi süresi dolan: %1 kadın (%2 dosya), %3 kadının güvenli iletişim bilgisi, kapanmış %4 konukevinin iletişim bilgisi. Yasal saklama nedeniyle önerilmeyen: %5.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="237"/>
        <source>The first %1 are listed.</source>
        <translation>İlk %1 tanesi listeleniyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="240"/>
        <source>ON HOLD</source>
        <translation>SAKLAMADA</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="245"/>
        <source>A periodic destruction is already waiting for approval.</source>
        <translation>Onay bekleyen bir periyodik imha zaten var.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="257"/>
        <source>The last destruction was on %1, more than six months ago. The regulation asks for one at least every six months: propose one below.</source>
        <translation>Son imha %1 tarihinde, altı aydan uzun süre önce yapıldı. Yönetmelik en az altı ayda bir imha ister: aşağıdan önerin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="261"/>
        <source>No destruction has been made in this vault for more than six months. The regulation asks for one at least every six months: propose one below.</source>
        <translation>Bu kasada altı aydan uzun süredir imha yapılmadı. Yönetmelik en az altı ayda bir imha ister: aşağıdan önerin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="268"/>
        <source>A destruction was done but rewriting the vault file was interrupted: until it is finished, freed pages may still hold what was destroyed.</source>
        <translation>Bir imha yapıldı ama kasa dosyasının yeniden yazılması yarıda kaldı: bitene kadar boşalan sayfalar imha edilenleri hâlâ içerebilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="277"/>
        <source>You proposed it: another supervisor approves it.</source>
        <translation>Bunu siz önerdiniz: başka bir süpervizör onaylar.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="294"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="302"/>
        <source>Policy saved.</source>
        <translation>Politika kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="321"/>
        <source>Destruction proposed. A supervisor who is not you approves it.</source>
        <translation>İmha önerildi. Sizin dışınızda bir süpervizör onaylar.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="332"/>
        <source>Checking what is still due…</source>
        <translation>Hâlâ süresi dolan kayıtlar denetleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="344"/>
        <source>Destruction done.</source>
        <translation>İmha tamamlandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="353"/>
        <source>Proposal withdrawn; nothing was destroyed.</source>
        <translation>Öneri geri çekildi; hiçbir şey imha edilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="358"/>
        <source>Rewriting the vault file…</source>
        <translation>Kasa dosyası yeniden yazılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="360"/>
        <source>The vault file was rewritten.</source>
        <translation>Kasa dosyası yeniden yazıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="375"/>
        <source>Save the destruction record</source>
        <translation>İmha tutanağını kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="379"/>
        <source>Writing the record…</source>
        <translation>Tutanak yazılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/retention_page.py" line="381"/>
        <source>Record saved as %1.</source>
        <translation>Tutanak %1 olarak kaydedildi.</translation>
    </message>
</context>
<context>
    <name>ReturningDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="24"/>
        <source>New application for this woman</source>
        <translation>Bu kadın için yeni başvuru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="28"/>
        <source>Date of the new application</source>
        <translation>Yeni başvurunun tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="29"/>
        <source>Not recorded</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="29"/>
        <source>How she came</source>
        <translation>Başvuru şekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="30"/>
        <source>How she heard of the center</source>
        <translation>Merkezi nereden duydu / kim yönlendirdi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="32"/>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="45"/>
        <source>Violence types</source>
        <translation>Şiddet türleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="34"/>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="46"/>
        <source>Her request</source>
        <translation>Başvuru talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="35"/>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="47"/>
        <source>Immediate needs</source>
        <translation>Acil ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="37"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="38"/>
        <source>How she &amp;came:</source>
        <translation>Başvuru ş&amp;ekli:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="39"/>
        <source>How she &amp;heard of us:</source>
        <translation>Merkezi nereden &amp;duydu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="40"/>
        <source>&amp;Violence types:</source>
        <translation>&amp;Şiddet türleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="41"/>
        <source>Her re&amp;quest:</source>
        <translation>Başvuru ta&amp;lebi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="42"/>
        <source>Imm&amp;ediate needs:</source>
        <translation>Acil i&amp;htiyaçlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="44"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/returning_dialog.py" line="52"/>
        <source>A new case of the same woman: her details, how to reach her and her consents are shared with this case. Her children and the people who hurt her are added in the new case.</source>
        <translation>Aynı kadın için yeni bir dosya: kişisel bilgileri, ona güvenle ulaşma yolları ve onayları bu dosyayla ortaktır. Çocukları ve ona şiddet uygulayan kişiler yeni dosyaya eklenir.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="35"/>
        <source>Closures waiting for your review</source>
        <translation>İncelemenizi bekleyen kapanışlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="39"/>
        <source>Case</source>
        <translation>Vaka no</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="39"/>
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="39"/>
        <source>Requested by</source>
        <translation>Talep eden</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="40"/>
        <source>Requested</source>
        <translation>Talep tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="40"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="40"/>
        <source>Again?</source>
        <translation>Yeniden mi?</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="41"/>
        <source>Closures waiting for review</source>
        <translation>İnceleme bekleyen kapanış talepleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="42"/>
        <source>&amp;Open the case</source>
        <translation>Vakayı &amp;aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="43"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Onayla…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="45"/>
        <source>Return &amp;with a comment…</source>
        <translation>Açıklamayla &amp;geri gönder…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="47"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="56"/>
        <source>Open a case to read all of it (read-only) and its closing summary, or export its summary as a PDF from its Closure tab. Approving closes the case; returning sends it back to its counselor with your comment.</source>
        <translation>Vakanın tamamını (salt okunur) ve kapanış özetini okumak için vakayı açın ya da özetini vakanın Kapanış sekmesinden PDF olarak dışa aktarın. Onaylamak vakayı kapatır; geri göndermek vakayı açıklamanızla birlikte danışmanına iade eder.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="82"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="93"/>
        <source>resubmitted after a return</source>
        <translation>geri gönderildikten sonra yeniden sunuldu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="94"/>
        <source>%1 waiting.</source>
        <translation>%1 talep bekliyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="95"/>
        <source>No closures are waiting for your review.</source>
        <translation>İncelemenizi bekleyen kapanış yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="132"/>
        <source>Closure approved: the case is closed.</source>
        <translation>Kapanış onaylandı: vaka kapatıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="133"/>
        <source>Closure returned to the counselor.</source>
        <translation>Kapanış danışmana geri gönderildi.</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="44"/>
        <source>New risk assessment</source>
        <translation>Yeni risk değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="47"/>
        <source>Date of the assessment</source>
        <translation>Değerlendirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="48"/>
        <source>Risk indicators</source>
        <translation>Tehlike göstergeleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="51"/>
        <source>Suggested level</source>
        <translation>Önerilen düzey</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="53"/>
        <source>Risk level</source>
        <translation>Risk düzeyi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="56"/>
        <source>Reason for the chosen level</source>
        <translation>Seçilen düzeyin gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="65"/>
        <source>Ticked from the case: a perpetrator has access to a weapon.</source>
        <translation>Vakadan işaretlendi: bir şiddet uygulayanın silaha erişimi var.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="67"/>
        <source>Indicators present</source>
        <translation>Mevcut göstergeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="73"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="75"/>
        <source>Suggested level:</source>
        <translation>Önerilen düzey:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="77"/>
        <source>&amp;Level:</source>
        <translation>&amp;Düzey:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="78"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="81"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="82"/>
        <source>Indicators</source>
        <translation>Göstergeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="83"/>
        <source>Level</source>
        <translation>Düzey</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="83"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="109"/>
        <source>The level differs from the suggestion: say why in the reason (required).</source>
        <translation>Düzey öneriden farklı: nedenini gerekçe alanına yazın (zorunlu).</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="58"/>
        <source>counselor</source>
        <translation>danışman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="59"/>
        <source>supervisor</source>
        <translation>süpervizör</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="60"/>
        <source>admin</source>
        <translation>yönetici</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="26"/>
        <source>Change roles</source>
        <translation>Rolleri değiştirin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="30"/>
        <source>Roles of %1 (%2). The change is recorded in the audit log.</source>
        <translation>%1 (%2) kullanıcısının rolleri. Değişiklik denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="40"/>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/people_dialogs.py" line="42"/>
        <source>&amp;Save the roles</source>
        <translation>Rolleri &amp;kaydet</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="34"/>
        <source>Edit the room</source>
        <translation>Odayı düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="34"/>
        <source>Add a room</source>
        <translation>Oda ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="40"/>
        <source>Name of the room</source>
        <translation>Odanın adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="41"/>
        <source>&amp;Offered for new appointments</source>
        <translation>Yeni randevularda &amp;sunulsun</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="42"/>
        <source>Offered for new appointments</source>
        <translation>Yeni randevularda sunulsun</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/calendar_setup_page.py" line="48"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
</context>
<context>
    <name>RotateIdentityDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="54"/>
        <source>New keys for this vault</source>
        <translation>Bu kasa için yeni anahtarlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="54"/>
        <source>New keys for the center</source>
        <translation>Merkez için yeni anahtarlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="55"/>
        <source>Making new keys…</source>
        <translation>Yeni anahtarlar oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="59"/>
        <source>Make new keys when a laptop or a copy of this vault may be in someone else&apos;s hands: packages made for the old keys can then no longer be opened, by anyone.</source>
        <translation>Bir dizüstü bilgisayar ya da bu kasanın bir kopyası başkasının eline geçmiş olabilirse yeni anahtarlar oluşturun: eski anahtarlar için yapılmış paketler bundan sonra kimse tarafından açılamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="62"/>
        <source>The old keys are destroyed; this cannot be undone. Packages still on the way to this vault cannot be opened any more. Every partner must remove this vault&apos;s old card and pair the new one, after checking the new fingerprint with you on the phone. The next package to each partner carries its cases whole (nothing is duplicated; fields that differ become conflicts for a person).</source>
        <translation>Eski anahtarlar yok edilir; bu geri alınamaz. Bu kasaya hâlâ yolda olan paketler artık açılamaz. Her ortak, yeni parmak izini sizinle telefonda kontrol ettikten sonra bu kasanın eski kartını kaldırıp yenisini eşleştirmelidir. Her ortağa giden sonraki paket dosyaları eksiksiz taşır (hiçbir şey iki kez eklenmez; farklı alanlar bir kişinin karar vereceği çakışmalar olur).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="68"/>
        <source>Partners to tell: %1.</source>
        <translation>Haber verilecek ortaklar: %1.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="69"/>
        <source>No partner is paired yet, so no one needs to be told.</source>
        <translation>Henüz eşleştirilmiş ortak yok; kimseye haber vermek gerekmiyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="71"/>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="79"/>
        <source>Your password</source>
        <translation>Parolanız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="73"/>
        <source>Type &amp;your password to confirm:</source>
        <translation>Onaylamak için &amp;parolanızı yazın:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/partner_dialogs.py" line="75"/>
        <source>&amp;Make new keys</source>
        <translation>&amp;Yeni anahtarlar oluştur</translation>
    </message>
</context>
<context>
    <name>SafeContactDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="70"/>
        <source>Contacting her safely</source>
        <translation>Güvenli iletişim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="74"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="91"/>
        <source>Safe phone number</source>
        <translation>Güvenli telefon numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="76"/>
        <source>Safe times to contact her</source>
        <translation>Aranabileceği güvenli zamanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="77"/>
        <source>Ne&amp;ver call her at home</source>
        <translation>&amp;Evden asla aranmamalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="80"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="93"/>
        <source>Code word</source>
        <translation>Parola kelime</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="81"/>
        <source>Notes on contacting her safely</source>
        <translation>Güvenli iletişime ilişkin notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="82"/>
        <source>Her address</source>
        <translation>Adresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="84"/>
        <source>Safe &amp;phone number:</source>
        <translation>Güvenli tele&amp;fon numarası:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="85"/>
        <source>Safe &amp;times to contact her:</source>
        <translation>Aranabileceği güvenli &amp;zamanlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="87"/>
        <source>Code &amp;word:</source>
        <translation>Parola kel&amp;ime:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="88"/>
        <source>N&amp;otes on contacting her:</source>
        <translation>İletişim n&amp;otları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="89"/>
        <source>Her addre&amp;ss:</source>
        <translation>A&amp;dresi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="92"/>
        <source>Safe times</source>
        <translation>Güvenli zamanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="94"/>
        <source>Notes on contacting her</source>
        <translation>İletişim notları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="95"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="31"/>
        <source>Review the safety plan</source>
        <translation>Güvenlik planını gözden geçir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="33"/>
        <source>Date of the review</source>
        <translation>Gözden geçirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="34"/>
        <source>Safety plan steps</source>
        <translation>Güvenlik planı adımları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="37"/>
        <source>Safety plan in her words</source>
        <translation>Kendi ifadesiyle güvenlik planı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="39"/>
        <source>Steps in place</source>
        <translation>Tamamlanan adımlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="43"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="44"/>
        <source>&amp;Plan in her words:</source>
        <translation>Kendi ifadesiyle &amp;plan:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="47"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="47"/>
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="48"/>
        <source>Plan in her words</source>
        <translation>Kendi ifadesiyle plan</translation>
    </message>
</context>
<context>
    <name>SafetyPlanTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="70"/>
        <source>Current plan</source>
        <translation>Güncel plan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="74"/>
        <source>Reviewed</source>
        <translation>Gözden geçirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="74"/>
        <source>By</source>
        <translation>Gözden geçiren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="74"/>
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="74"/>
        <source>In her words</source>
        <translation>Kendi ifadesiyle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="75"/>
        <source>Earlier safety plans</source>
        <translation>Önceki güvenlik planları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="76"/>
        <source>Earlier reviews</source>
        <translation>Önceki gözden geçirmeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="85"/>
        <source>Revie&amp;w safety plan…</source>
        <translation>Güvenlik planını gö&amp;zden geçir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="89"/>
        <source>No safety plan yet.</source>
        <translation>Henüz güvenlik planı yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="94"/>
        <source>Reviewed on %1 by %2</source>
        <translation>%1 tarihinde %2 tarafından gözden geçirildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="97"/>
        <source>No steps ticked.</source>
        <translation>İşaretli adım yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="111"/>
        <source>Safety plan saved.</source>
        <translation>Güvenlik planı kaydedildi.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/search_box.py" line="53"/>
        <source>Search: name, case number, client code, note text (Ctrl+F)</source>
        <translation>Ara: ad, vaka no, danışan kodu, not metni (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/search_box.py" line="54"/>
        <source>Search cases</source>
        <translation>Vakalarda ara</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/search_box.py" line="95"/>
        <source>No case found.</source>
        <translation>Vaka bulunamadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/search_box.py" line="97"/>
        <source>The first %1 results; type more to narrow.</source>
        <translation>İlk %1 sonuç; aramayı daraltmak için yazmaya devam edin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/search_box.py" line="99"/>
        <source>%1 case(s). Down arrow to choose, Enter to open.</source>
        <translation>%1 vaka. Seçmek için Aşağı ok, açmak için Enter.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/search_box.py" line="35"/>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
</context>
<context>
    <name>SendPackageDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="25"/>
        <source>Send to a partner</source>
        <translation>Ortağa gönder</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="25"/>
        <source>Making the package…</source>
        <translation>Paket hazırlanıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="32"/>
        <source>The case goes as an encrypted package only the chosen partner&apos;s vault can open. Carry the file to them (a USB stick); its name and size say nothing about the case.</source>
        <translation>Vaka, yalnızca seçilen ortağın kasasının açabileceği şifreli bir paket olarak gider. Dosyayı onlara götürün (bir USB bellek); dosyanın adı ve boyutu vaka hakkında hiçbir şey söylemez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="36"/>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="51"/>
        <source>Partner</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="37"/>
        <source>Not chosen yet.</source>
        <translation>Henüz seçilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="39"/>
        <source>C&amp;hoose where to save…</source>
        <translation>Kaydedileceği &amp;yeri seç…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="45"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Ortak:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="46"/>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="48"/>
        <source>&amp;Send</source>
        <translation>&amp;Gönder</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="51"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="61"/>
        <source>No partner is paired with this vault yet. An administrator pairs partners under Partners.</source>
        <translation>Bu kasayla henüz eşleştirilmiş bir ortak yok. Ortakları bir yönetici Ortaklar sekmesinde eşleştirir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="75"/>
        <source>Save the package</source>
        <translation>Paketi kaydedin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="87"/>
        <source>choose where to save it.</source>
        <translation>kaydedileceği yeri seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/send_dialog.py" line="98"/>
        <source>Package %1 for %2 saved.</source>
        <translation>%2 için %1 numaralı paket kaydedildi.</translation>
    </message>
</context>
<context>
    <name>SentPackagesDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="40"/>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="55"/>
        <source>Packages sent</source>
        <translation>Gönderilen paketler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="41"/>
        <source>Making the package…</source>
        <translation>Paket hazırlanıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="47"/>
        <source>Packages sent to %1</source>
        <translation>%1 ortağına gönderilen paketler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="49"/>
        <source>The partner imports packages in order. If one was lost on the way, every later one waits for it: choose the first one the partner could not import and write it again. The files written before from that one on are replaced.</source>
        <translation>Ortak paketleri sırayla içe aktarır. Biri yolda kaybolduysa sonraki her paket onu bekler: ortağın içe aktaramadığı ilk paketi seçin ve yeniden yazın. O paketten itibaren daha önce yazılmış dosyaların yerini yenisi alır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="54"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="54"/>
        <source>Written</source>
        <translation>Yazıldığı zaman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="54"/>
        <source>By</source>
        <translation>Yazan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="54"/>
        <source>Cases</source>
        <translation>Dosyalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="55"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="57"/>
        <source>&amp;Write again from this package…</source>
        <translation>Bu paketten itibaren &amp;yeniden yaz…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="86"/>
        <source>Replaced on %1: throw this file away</source>
        <translation>%1 tarihinde yerine yenisi yazıldı: bu dosyayı atın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="88"/>
        <source>Imported there</source>
        <translation>Orada içe aktarıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="89"/>
        <source>Not confirmed yet</source>
        <translation>Henüz bildirilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="94"/>
        <source>The partner has confirmed importing every package up to no. %1.</source>
        <translation>Ortak, %1 numaraya kadar her paketi içe aktardığını bildirdi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="96"/>
        <source>The partner has not confirmed importing any package yet.</source>
        <translation>Ortak henüz hiçbir paketi içe aktardığını bildirmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="106"/>
        <source>Packages before no. %1 were written before this version kept a record: they are not listed.</source>
        <translation>%1 numaradan önceki paketler, bu sürüm kayıt tutmaya başlamadan önce yazıldı: listede yoklar.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="109"/>
        <source>No package has been written to this partner yet.</source>
        <translation>Bu ortağa henüz paket yazılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="130"/>
        <source>Save the package</source>
        <translation>Paketi kaydedin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="142"/>
        <source>Package %1 was written again for %2 (%3 cases).</source>
        <translation>%1 numaralı paket %2 için yeniden yazıldı (%3 dosya).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/sent_packages_dialog.py" line="144"/>
        <source>Packages %1 written before are replaced: throw them away (the partner refuses them now).</source>
        <translation>Daha önce yazılmış %1 numaralı paketlerin yerini yenisi aldı: onları atın (ortak artık onları reddeder).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="58"/>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="273"/>
        <source>Center name</source>
        <translation>Merkez adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="70"/>
        <source>Idle lock minutes</source>
        <translation>Hareketsizlik kilidi (dakika)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="72"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="91"/>
        <source>&amp;Save settings</source>
        <translation>Ayarla&amp;rı kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="98"/>
        <source>Case number prefi&amp;x:</source>
        <translation>Vaka no ö&amp;neki:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="100"/>
        <source>Lock after i&amp;dle:</source>
        <translation>&amp;Hareketsizlikte kilitle:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="178"/>
        <source>&amp;New recovery key…</source>
        <translation>Yeni kurtarma anah&amp;tarı…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="96"/>
        <source>&amp;Center name:</source>
        <translation>M&amp;erkez adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="61"/>
        <source>Letterhead lines</source>
        <translation>Antet satırları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="63"/>
        <source>Address, phone, e-mail: one per line</source>
        <translation>Adres, telefon, e-posta: her satıra bir tane</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="66"/>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="274"/>
        <source>Case number prefix</source>
        <translation>Vaka numarası öneki</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="75"/>
        <source>Not chosen (every listed district is offered)</source>
        <translation>Seçilmedi (listedeki tüm ilçeler sunulur)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="76"/>
        <source>Province of the center</source>
        <translation>Merkezin bulunduğu il</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="80"/>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="275"/>
        <source>Smallest count shown in reports</source>
        <translation>Raporlarda gösterilen en küçük sayı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="83"/>
        <source>A smaller count is shown as “&lt;k” in every report, and other cells are hidden with it so it cannot be worked out. 3 is the usual rule; 1 hides nothing.</source>
        <translation>Daha küçük bir sayı her raporda “&lt;k” olarak gösterilir; hesaplanamasın diye başka hücreler de onunla birlikte gizlenir. Olağan kural 3&apos;tür; 1 hiçbir şeyi gizlemez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="87"/>
        <source>Aid that needs a social inquiry report and a committee decision before approval</source>
        <translation>Onaydan önce sosyal inceleme raporu ve komisyon kararı gereken yardımlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="90"/>
        <source>Aid that needs a social inquiry report and a committee decision</source>
        <translation>Sosyal inceleme raporu ve komisyon kararı gereken yardımlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="94"/>
        <source>This center (for everyone, recorded in the audit log)</source>
        <translation>Bu merkez (herkes için geçerli, denetim kaydına yazılır)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="97"/>
        <source>Lette&amp;rhead:</source>
        <translation>&amp;Antet:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="101"/>
        <source>Pro&amp;vince (its districts are offered at intake):</source>
        <translation>Merkezin &amp;ili (ilçeleri başvuru formunda sunulur):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="102"/>
        <source>S&amp;mallest count shown in reports:</source>
        <translation>Ra&amp;porlarda gösterilen en küçük sayı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="116"/>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="120"/>
        <source>Text size</source>
        <translation>Yazı boyutu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="121"/>
        <source>Default</source>
        <translation>Varsayılan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="123"/>
        <source>%1 pt</source>
        <translation>%1 punto</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="126"/>
        <source>This computer (applies at once; not stored in the vault)</source>
        <translation>Bu bilgisayar (hemen uygulanır; kasada saklanmaz)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="128"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="129"/>
        <source>&amp;Text size:</source>
        <translation>Yazı b&amp;oyutu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="135"/>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="321"/>
        <source>Backup folder</source>
        <translation>Yedek klasörü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="136"/>
        <source>No folder chosen yet</source>
        <translation>Henüz klasör seçilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="137"/>
        <source>C&amp;hoose folder…</source>
        <translation>Klasör &amp;seç…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="138"/>
        <source>Choose the backup folder</source>
        <translation>Yedek klasörünü seçin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="139"/>
        <source>&amp;Back up now</source>
        <translation>Şimdi &amp;yedekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="140"/>
        <source>Verif&amp;y the backup…</source>
        <translation>Yedeği doğr&amp;ula…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="143"/>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="152"/>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="157"/>
        <source>Backup &amp;folder:</source>
        <translation>Yedek k&amp;lasörü:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="158"/>
        <source>Last backup:</source>
        <translation>Son yedek:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="165"/>
        <source>Restore a backup into a new folder…</source>
        <translation>Bir yedeği yeni bir klasöre geri yükle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="175"/>
        <source>Check the &amp;audit chain and every page</source>
        <translation>Denetim &amp;zincirini ve her sayfayı kontrol et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="180"/>
        <source>Integrity and recovery</source>
        <translation>Bütünlük ve kurtarma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="188"/>
        <source>A new recovery key makes the old one useless. Do this if the printed key was lost or seen by someone who should not have it.</source>
        <translation>Yeni bir kurtarma anahtarı eskisini geçersiz kılar. Basılı anahtar kaybolduysa ya da görmemesi gereken biri gördüyse bunu yapın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="232"/>
        <source>New cases will be numbered like %1; existing numbers stay.</source>
        <translation>Yeni vakalar %1 biçiminde numaralanacak; mevcut numaralar değişmez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="267"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="273"/>
        <source>Letterhead</source>
        <translation>Antet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="274"/>
        <source>Lock after idle</source>
        <translation>Hareketsizlikte kilitle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="275"/>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="276"/>
        <source>Aid that needs a committee decision</source>
        <translation>Komisyon kararı gereken yardımlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="289"/>
        <source>Settings saved.</source>
        <translation>Ayarlar kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="307"/>
        <source>Language saved for this computer. Lock and sign in again to see every screen in it.</source>
        <translation>Dil bu bilgisayar için kaydedildi. Tüm ekranları bu dilde görmek için kilitleyip yeniden giriş yapın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="315"/>
        <source>Text size saved for this computer.</source>
        <translation>Yazı boyutu bu bilgisayar için kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="329"/>
        <source>Backups will be written to this folder.</source>
        <translation>Yedekler bu klasöre yazılacak.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="355"/>
        <source>Copying and checking the encrypted vault…</source>
        <translation>Şifreli kasa kopyalanıyor ve kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="364"/>
        <source>Backup written and checked: %1. Keep it away from this computer.</source>
        <translation>Yedek yazıldı ve doğrulandı: %1. Bu bilgisayardan uzakta saklayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="370"/>
        <source>Backup failed: %1</source>
        <translation>Yedekleme başarısız: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="382"/>
        <source>Never</source>
        <translation>Hiç alınmadı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="384"/>
        <source>This vault has never been backed up. Make a backup now and keep it away from this computer.</source>
        <translation>Bu kasanın hiç yedeği alınmadı. Şimdi yedek alın ve bu bilgisayardan uzakta saklayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="390"/>
        <source>The last backup is older than %1 days. Back up now: a lost or broken computer would take everything since then with it.</source>
        <translation>Son yedek %1 günden eski. Şimdi yedekleyin: kaybolan ya da bozulan bir bilgisayar, o tarihten bu yana kaydedilen her şeyi de götürür.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="413"/>
        <source>The backup opens with your password and passed every check.</source>
        <translation>Yedek parolanızla açılıyor ve tüm kontrollerden geçti.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="416"/>
        <source>The backup FAILED its checks (%1). Make a new one.</source>
        <translation>Yedek kontrollerden GEÇEMEDİ (%1). Yeni bir yedek alın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="423"/>
        <source>Checking every page and the audit chain…</source>
        <translation>Her sayfa ve denetim zinciri kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="433"/>
        <source>Vault verified: every page authenticated, audit chain intact (%1).</source>
        <translation>Kasa doğrulandı: her sayfa doğrulandı, denetim zinciri sağlam (%1).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="437"/>
        <source>Verification FAILED (%1). Restore from a backup.</source>
        <translation>Doğrulama BAŞARISIZ (%1). Yedekten geri yükleyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="451"/>
        <source>Making a new recovery key…</source>
        <translation>Yeni kurtarma anahtarı oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="459"/>
        <source>A new recovery key was made; the old one no longer works.</source>
        <translation>Yeni kurtarma anahtarı oluşturuldu; eskisi artık çalışmıyor.</translation>
    </message>
</context>
<context>
    <name>SettleFollowUpDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="108"/>
        <source>Follow-up done</source>
        <translation>İzlem yapıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="108"/>
        <source>Reschedule the follow-up</source>
        <translation>İzlemi başka tarihe alın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="109"/>
        <source>Cancel the follow-up</source>
        <translation>İzlemi iptal edin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="114"/>
        <source>no purpose written</source>
        <translation>amaç yazılmamış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="115"/>
        <source>Due %1: %2</source>
        <translation>%1 tarihli: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="117"/>
        <source>Case %1</source>
        <translation>Vaka %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="123"/>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="139"/>
        <source>New date</source>
        <translation>Yeni tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="124"/>
        <source>&amp;New date:</source>
        <translation>&amp;Yeni tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="125"/>
        <source>&amp;What came of it (required):</source>
        <translation>&amp;Sonuç ne oldu (zorunlu):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="126"/>
        <source>&amp;Why it moves (required):</source>
        <translation>&amp;Neden erteleniyor (zorunlu):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="127"/>
        <source>&amp;Why it is cancelled (required):</source>
        <translation>&amp;Neden iptal ediliyor (zorunlu):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="133"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Yapıldı olarak işaretle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="133"/>
        <source>&amp;Reschedule</source>
        <translation>&amp;Ertele</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="134"/>
        <source>Cancel the &amp;follow-up</source>
        <translation>İzlemi &amp;iptal et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="135"/>
        <source>&amp;Keep it as it is</source>
        <translation>&amp;Olduğu gibi bırak</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/followups_tab.py" line="136"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
</context>
<context>
    <name>ShelterChoiceDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="117"/>
        <source>Shelter</source>
        <translation>Konukevi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="118"/>
        <source>Date placed</source>
        <translation>Yerleştirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="124"/>
        <source>Loading the shelters…</source>
        <translation>Konukevleri yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="134"/>
        <source>No shelter is in the registry.</source>
        <translation>Listede kayıtlı konukevi yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="159"/>
        <source>This shelter is full: placing her needs an override with a reason.</source>
        <translation>Bu konukevi dolu: yerleştirme için gerekçeli istisna gerekir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="162"/>
        <source>This shelter has %1 free place(s), fewer than her and the children with her (%2): placing them needs an override with a reason.</source>
        <translation>Bu konukevinde %1 boş yer var; danışan ve yanındaki çocuklardan (%2 kişi) az: yerleştirmek için gerekçeli istisna gerekir.</translation>
    </message>
</context>
<context>
    <name>ShelterDetailsDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="56"/>
        <source>Shelter details</source>
        <translation>Konukevi bilgileri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="60"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="65"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="65"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="65"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="66"/>
        <source>&amp;City:</source>
        <translation>İ&amp;l:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="66"/>
        <source>City</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="66"/>
        <source>C&amp;apacity:</source>
        <translation>&amp;Kapasite:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="66"/>
        <source>Capacity</source>
        <translation>Kapasite</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="67"/>
        <source>&amp;Boys&apos; age limit:</source>
        <translation>&amp;Erkek çocuk yaş sınırı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="67"/>
        <source>Boys&apos; age limit</source>
        <translation>Erkek çocuk yaş sınırı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="68"/>
        <source>Accessible</source>
        <translation>Erişilebilir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="68"/>
        <source>Accessib&amp;le:</source>
        <translation>Erişile&amp;bilir:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="69"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="69"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="70"/>
        <source>Contact person</source>
        <translation>İrtibat kişisi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="70"/>
        <source>Contact pe&amp;rson:</source>
        <translation>İ&amp;rtibat kişisi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="71"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="71"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="84"/>
        <source>Contact details are confidential: do not pass them on to anyone who does not need them. Viewing them is recorded.</source>
        <translation>İletişim bilgileri gizlidir: ihtiyacı olmayan hiç kimseye iletmeyin. Bu bilgilerin görüntülenmesi kayıt altına alınır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="95"/>
        <source>no limit</source>
        <translation>sınır yok</translation>
    </message>
</context>
<context>
    <name>ShelterDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="118"/>
        <source>Add a shelter</source>
        <translation>Konukevi ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="118"/>
        <source>Edit a shelter</source>
        <translation>Konukevini düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="125"/>
        <source>Shelter name</source>
        <translation>Konukevi adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="126"/>
        <source>Type of shelter</source>
        <translation>Konukevi türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="128"/>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="163"/>
        <source>City</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="131"/>
        <source>Capacity in persons (women and children)</source>
        <translation>Kişi olarak kapasite (kadınlar ve çocuklar)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="134"/>
        <source>no limit</source>
        <translation>sınır yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="136"/>
        <source>Boys&apos; age limit (years)</source>
        <translation>Erkek çocuk yaş sınırı (yıl)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="137"/>
        <source>&amp;Wheelchair accessible</source>
        <translation>Tekerlekli sandalyeye &amp;uygun</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="138"/>
        <source>Acti&amp;ve (offered for placements)</source>
        <translation>Etki&amp;n (yerleştirmelerde sunulur)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="140"/>
        <source>Wheelchair accessible</source>
        <translation>Tekerlekli sandalyeye uygun</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="141"/>
        <source>Active (offered for placements)</source>
        <translation>Etkin (yerleştirmelerde sunulur)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="143"/>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="165"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="145"/>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="166"/>
        <source>Contact person</source>
        <translation>İrtibat kişisi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="147"/>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="167"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="151"/>
        <source>&amp;Name:</source>
        <translation>&amp;Adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="152"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="153"/>
        <source>&amp;City:</source>
        <translation>İ&amp;l:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="154"/>
        <source>C&amp;apacity (persons):</source>
        <translation>&amp;Kapasite (kişi):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="155"/>
        <source>&amp;Boys&apos; age limit:</source>
        <translation>&amp;Erkek çocuk yaş sınırı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="158"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="159"/>
        <source>Contact pe&amp;rson:</source>
        <translation>İ&amp;rtibat kişisi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="160"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="162"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="162"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="163"/>
        <source>Capacity</source>
        <translation>Kapasite</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="164"/>
        <source>Boys&apos; age limit</source>
        <translation>Erkek çocuk yaş sınırı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="170"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
</context>
<context>
    <name>SheltersPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="216"/>
        <source>Shelters</source>
        <translation>Konukevleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="222"/>
        <source>Shelter</source>
        <translation>Konukevi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="222"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="222"/>
        <source>City</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="222"/>
        <source>Capacity (persons)</source>
        <translation>Kapasite (kişi)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="223"/>
        <source>Women</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="223"/>
        <source>Children</source>
        <translation>Çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="223"/>
        <source>Persons staying</source>
        <translation>Kalan kişi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="224"/>
        <source>Boys&apos; age limit</source>
        <translation>Erkek çocuk yaş sınırı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="224"/>
        <source>Accessible</source>
        <translation>Erişilebilir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="224"/>
        <source>Free places</source>
        <translation>Boş yer</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="225"/>
        <source>Shelter registry</source>
        <translation>Konukevi listesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="226"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="227"/>
        <source>Refresh the shelter registry</source>
        <translation>Konukevi listesini yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="237"/>
        <source>Cont&amp;act details…</source>
        <translation>İletişim bilgi&amp;leri…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="239"/>
        <source>Show the chosen shelter&apos;s contact details</source>
        <translation>Seçili konukevinin iletişim bilgilerini göster</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="243"/>
        <source>Add s&amp;helter…</source>
        <translation>Konukevi &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="246"/>
        <source>&amp;Edit shelter…</source>
        <translation>Konukevini &amp;düzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="273"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="284"/>
        <source>0 — full</source>
        <translation>0 — dolu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="287"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="296"/>
        <source>%1 shelters · staying now: %2 persons (%3 women, %4 children) · free: %5 of %6 places · shelters with no free place: %7</source>
        <translation>%1 konukevi · şu anda kalan: %2 kişi (%3 kadın, %4 çocuk) · boş: %6 yerden %5 · boş yeri olmayan konukevi: %7</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="301"/>
        <source>No shelter is in the registry.</source>
        <translation>Listede kayıtlı konukevi yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="353"/>
        <source>Shelter saved.</source>
        <translation>Konukevi kaydedildi.</translation>
    </message>
</context>
<context>
    <name>StatedReasonDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/base/reason_dialog.py" line="33"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/reason_dialog.py" line="44"/>
        <source>At least %1 characters.</source>
        <translation>En az %1 karakter.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="213"/>
        <source>Change the referral&apos;s status</source>
        <translation>Yönlendirmenin durumunu değiştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="218"/>
        <source>%1 — now: %2</source>
        <translation>%1 — şu anki durum: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="222"/>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="249"/>
        <source>New status</source>
        <translation>Yeni durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="227"/>
        <source>Date of this step</source>
        <translation>Bu adımın tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="228"/>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="250"/>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="232"/>
        <source>New &amp;status:</source>
        <translation>Yeni &amp;durum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="233"/>
        <source>&amp;On:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="237"/>
        <source>Go to consents and &amp;record hers…</source>
        <translation>Onaylara git ve onayını &amp;kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="240"/>
        <source>O&amp;verride with a reason…</source>
        <translation>Gerekçeyle &amp;istisna tanı…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="249"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="268"/>
        <source>Reason for the re&amp;jection (required):</source>
        <translation>&amp;Ret gerekçesi (zorunlu):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="269"/>
        <source>Out&amp;come:</source>
        <translation>&amp;Sonuç:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="269"/>
        <source>Co&amp;mment:</source>
        <translation>&amp;Açıklama:</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="238"/>
        <source>Transfer to another shelter</source>
        <translation>Başka konukevine nakil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="244"/>
        <source>She leaves %1 (exit reason: transferred); the same children go with her.</source>
        <translation>Ayrıldığı konukevi: %1 (çıkış nedeni: nakil); aynı çocuklar annesiyle birlikte gider.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="247"/>
        <source>&amp;New shelter:</source>
        <translation>&amp;Yeni konukevi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="248"/>
        <source>&amp;Transferred on:</source>
        <translation>&amp;Nakil tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="250"/>
        <source>Transferred on</source>
        <translation>Nakil tarihi</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="64"/>
        <source>Kadın Danışma</source>
        <translation>Kadın Danışma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="65"/>
        <source>The vault is locked. Sign in to continue.</source>
        <translation>Kasa kilitli. Devam etmek için giriş yapın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="73"/>
        <source>Unlock status</source>
        <translation>Kilit açma durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="82"/>
        <source>A&amp;bout…</source>
        <translation>&amp;Hakkında…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="83"/>
        <source>About Kadın Danışma: version, licences, data location</source>
        <translation>Kadın Danışma hakkında: sürüm, lisanslar, veri konumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="121"/>
        <source>Sign in to</source>
        <translation>Oturum açılacak yer</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="122"/>
        <source>This computer&apos;s vault</source>
        <translation>Bu bilgisayardaki kasa</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="123"/>
        <source>The center server</source>
        <translation>Merkez sunucusu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="125"/>
        <source>Center server address</source>
        <translation>Merkez sunucusunun adresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="127"/>
        <source>Ser&amp;ver address:</source>
        <translation>Su&amp;nucu adresi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="130"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="131"/>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="132"/>
        <source>Un&amp;lock</source>
        <translation>Kilidi &amp;aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="134"/>
        <source>Use the &amp;recovery key…</source>
        <translation>Kurtarma anahtarını k&amp;ullan…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="136"/>
        <source>Sign &amp;in to:</source>
        <translation>&amp;Oturum açılacak yer:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="138"/>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="139"/>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="171"/>
        <source>Enter your user name and password.</source>
        <translation>Kullanıcı adınızı ve parolanızı girin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="173"/>
        <source>Unlocking… (deriving the key takes a moment)</source>
        <translation>Kilit açılıyor… (anahtar türetme biraz sürer)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="177"/>
        <source>Enter the center server&apos;s address (the IT person gives it).</source>
        <translation>Merkez sunucusunun adresini girin (bilgi işlem sorumlusu verir).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="205"/>
        <source>Type the 48-digit recovery key printed when the vault was created. Each group of six digits is checked as you type.</source>
        <translation>Kasa oluşturulurken verilen 48 haneli kurtarma anahtarını yazın. Altı rakamlık her grup, siz yazarken kontrol edilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="208"/>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="213"/>
        <source>Unlock with recovery &amp;key</source>
        <translation>Kurtarma &amp;anahtarıyla aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="215"/>
        <source>Back to pass&amp;word</source>
        <translation>&amp;Parolaya dön</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="245"/>
        <source>Group %1 is not right: check it.</source>
        <translation>%1. grup doğru değil: kontrol edin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="247"/>
        <source>All eight groups look right.</source>
        <translation>Sekiz grubun hepsi doğru görünüyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="250"/>
        <source>%1 of 8 groups typed.</source>
        <translation>8 gruptan %1 tanesi yazıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="257"/>
        <source>Checking the recovery key…</source>
        <translation>Kurtarma anahtarı kontrol ediliyor…</translation>
    </message>
</context>
<context>
    <name>UnsavedIntakeDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/unsaved.py" line="22"/>
        <source>Close the intake?</source>
        <translation>Başvuru kapatılsın mı?</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/unsaved.py" line="26"/>
        <source>The case saved as a draft stays; what you typed since the last save is not in it yet.</source>
        <translation>Taslak olarak kaydedilen vaka kalır; son kayıttan bu yana yazdıklarınız henüz onda yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/unsaved.py" line="27"/>
        <source>Nothing of it has been saved to a case yet.</source>
        <translation>Bunun hiçbir kısmı henüz bir vakaya kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/unsaved.py" line="29"/>
        <source>Keep it as a draft: it is kept encrypted in the vault, and you can continue it from the banner at the top (or after your next sign-in). Discard it: it is gone for good.</source>
        <translation>Taslak olarak saklarsanız kasada şifreli tutulur ve üstteki şeritten (ya da bir sonraki girişinizde) devam edebilirsiniz. Silerseniz kalıcı olarak gider.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/unsaved.py" line="33"/>
        <source>&amp;Keep as a draft</source>
        <translation>&amp;Taslak olarak sakla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/unsaved.py" line="35"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/unsaved.py" line="39"/>
        <source>&amp;Go back to it</source>
        <translation>&amp;Forma dön</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="66"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="66"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="66"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="66"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="81"/>
        <source>disabled</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="82"/>
        <source>must change password</source>
        <translation>parolasını değiştirmeli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="82"/>
        <source>active</source>
        <translation>etkin</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="97"/>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="104"/>
        <source>&amp;Add user…</source>
        <translation>Kullanıcı &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="105"/>
        <source>&amp;Reset password…</source>
        <translation>Parolayı &amp;sıfırla…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="106"/>
        <source>Change roles…</source>
        <translation>Rolleri değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="108"/>
        <source>&amp;Hand over her cases…</source>
        <translation>&amp;Vakalarını devret…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="110"/>
        <source>&amp;Disable user…</source>
        <translation>Kullanıcıyı &amp;devre dışı bırak…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="111"/>
        <source>Change the vault &amp;key…</source>
        <translation>Kasa &amp;anahtarını değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="122"/>
        <source>Each user has her own password. Disabling a user removes her key: her password no longer opens the vault. Every change here is recorded in the audit log.</source>
        <translation>Her kullanıcının kendi parolası vardır. Bir kullanıcıyı devre dışı bırakmak anahtarını siler: parolası artık kasayı açmaz. Buradaki her değişiklik denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="166"/>
        <source>Your own roles are changed by another administrator.</source>
        <translation>Kendi rollerinizi başka bir yönetici değiştirir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="176"/>
        <source>User added.</source>
        <translation>Kullanıcı eklendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="184"/>
        <source>Password reset for %1.</source>
        <translation>%1 için parola sıfırlandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="192"/>
        <source>Roles of %1 saved.</source>
        <translation>%1 kullanıcısının rolleri kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="201"/>
        <source>%1 case(s) handed over.</source>
        <translation>%1 vaka devredildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="210"/>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="222"/>
        <source>Disable user</source>
        <translation>Kullanıcıyı devre dışı bırak</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="213"/>
        <source>Disable %1? Her password will no longer open the vault.</source>
        <translation>%1 devre dışı bırakılsın mı? Parolası artık kasayı açmayacak.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="224"/>
        <source>%1 was disabled.</source>
        <translation>%1 devre dışı bırakıldı.</translation>
    </message>
</context>
<context>
    <name>VerifyBackupDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="129"/>
        <source>Verify the backup</source>
        <translation>Yedeği doğrula</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="132"/>
        <source>Checking %1 opens it the way a restore would. Type your password.</source>
        <translation>%1 kontrol edilirken, geri yüklemede olduğu gibi açılır. Parolanızı yazın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="134"/>
        <source>Your password</source>
        <translation>Parolanız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="136"/>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="129"/>
        <source>Checking the backup…</source>
        <translation>Yedek kontrol ediliyor…</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="131"/>
        <source>Record a violation</source>
        <translation>İhlal kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="134"/>
        <source>A violation of: %1</source>
        <translation>İhlal edilen tedbir: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="135"/>
        <source>Date of the violation</source>
        <translation>İhlal tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="137"/>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="148"/>
        <source>What happened</source>
        <translation>Yaşanan olay</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="141"/>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="149"/>
        <source>Reported to</source>
        <translation>Bildirildiği yer</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="143"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="144"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Yaşanan olay:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="145"/>
        <source>&amp;Reported to:</source>
        <translation>&amp;Bildirildiği yer:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="147"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
</context>
<context>
    <name>ViolenceHistoryDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="185"/>
        <source>Violence history and her request</source>
        <translation>Şiddet öyküsü ve başvuru talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="190"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="223"/>
        <source>Intake date</source>
        <translation>Başvuru tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="191"/>
        <source>Not recorded</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="191"/>
        <source>How she came</source>
        <translation>Başvuru şekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="193"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="224"/>
        <source>Referred by</source>
        <translation>Yönlendiren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="194"/>
        <source>How she heard of the center</source>
        <translation>Merkezi nereden duydu / kim yönlendirdi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="196"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="225"/>
        <source>Her request</source>
        <translation>Başvuru talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="197"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="226"/>
        <source>Violence types</source>
        <translation>Şiddet türleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="199"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="227"/>
        <source>How often</source>
        <translation>Sıklık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="200"/>
        <source>Date of the last incident</source>
        <translation>Son olay tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="202"/>
        <source>She went to the police &amp;before</source>
        <translation>Daha önce k&amp;olluğa başvurdu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="204"/>
        <source>She went to co&amp;urt before</source>
        <translation>Daha önce &amp;yargıya başvurdu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="206"/>
        <source>Earlier contacts with institutions</source>
        <translation>Kurumlara önceki başvurular</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="207"/>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="230"/>
        <source>Immediate needs</source>
        <translation>Acil ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="210"/>
        <source>Intake &amp;date:</source>
        <translation>Başvuru tar&amp;ihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="211"/>
        <source>How she &amp;came:</source>
        <translation>Başvuru ş&amp;ekli:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="212"/>
        <source>&amp;Referred by:</source>
        <translation>Yönlendi&amp;ren:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="213"/>
        <source>How she &amp;heard of us:</source>
        <translation>Merkezi nereden &amp;duydu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="214"/>
        <source>Her re&amp;quest:</source>
        <translation>Başvuru ta&amp;lebi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="215"/>
        <source>&amp;Violence types:</source>
        <translation>&amp;Şiddet türleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="216"/>
        <source>How &amp;often:</source>
        <translation>&amp;Sıklık:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="217"/>
        <source>&amp;Last incident:</source>
        <translation>Son ol&amp;ay tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="220"/>
        <source>Earlier contacts with &amp;institutions:</source>
        <translation>K&amp;urumlara önceki başvurular:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="221"/>
        <source>Imm&amp;ediate needs:</source>
        <translation>Acil i&amp;htiyaçlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="228"/>
        <source>Last incident</source>
        <translation>Son olay</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/details_dialogs.py" line="229"/>
        <source>Earlier contacts</source>
        <translation>Önceki başvurular</translation>
    </message>
</context>
<context>
    <name>ViolenceRiskTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="126"/>
        <source>Violence history</source>
        <translation>Şiddet öyküsü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="131"/>
        <source>Relationship</source>
        <translation>Yakınlığı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="131"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="131"/>
        <source>Sex</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="131"/>
        <source>Lives with her</source>
        <translation>Danışanla yaşıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="132"/>
        <source>Weapon access</source>
        <translation>Silaha erişim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="132"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="132"/>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="137"/>
        <source>Perpetrators</source>
        <translation>Şiddet uygulayanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="143"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="143"/>
        <source>Level</source>
        <translation>Düzey</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="143"/>
        <source>Suggested</source>
        <translation>Önerilen</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="143"/>
        <source>Indicators</source>
        <translation>Göstergeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="143"/>
        <source>Assessor</source>
        <translation>Değerlendiren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="144"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="144"/>
        <source>Risk assessments, newest first</source>
        <translation>Risk değerlendirmeleri, en yenisi önce</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="149"/>
        <source>Risk assessments</source>
        <translation>Risk değerlendirmeleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="160"/>
        <source>Ne&amp;w risk assessment…</source>
        <translation>Yen&amp;i risk değerlendirmesi…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="163"/>
        <source>Add a perpetrator…</source>
        <translation>Şiddet uygulayan ekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="166"/>
        <source>Change the perpetrator&apos;s details…</source>
        <translation>Şiddet uygulayanın bilgilerini değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="169"/>
        <source>Change the violence history…</source>
        <translation>Şiddet öyküsünü değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="174"/>
        <source>No intake recorded.</source>
        <translation>Başvuru kaydı yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="177"/>
        <source>Violence types: %1</source>
        <translation>Şiddet türleri: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="178"/>
        <source>none recorded</source>
        <translation>kayıt yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="180"/>
        <source>Frequency: %1</source>
        <translation>Sıklık: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="182"/>
        <source>Last incident: %1</source>
        <translation>Son olay: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="183"/>
        <source>Police before: %1 · Court before: %2</source>
        <translation>Daha önce kolluğa başvuru: %1 · Yargıya başvuru: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="221"/>
        <source>Perpetrator saved.</source>
        <translation>Şiddet uygulayan kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="228"/>
        <source>Violence history saved.</source>
        <translation>Şiddet öyküsü kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="236"/>
        <source>Risk assessment saved.</source>
        <translation>Risk değerlendirmesi kaydedildi.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="65"/>
        <source>Withdraw a consent</source>
        <translation>Onayı geri al</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="68"/>
        <source>She withdraws: %1 (given %2). The record stays, marked withdrawn.</source>
        <translation>Danışan onayını geri alıyor: %1 (veriliş: %2). Kayıt silinmez, geri alındı olarak işaretlenir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="70"/>
        <source>Date withdrawn</source>
        <translation>Geri alınma tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="72"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Geri alınma tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="74"/>
        <source>Withdrawn on</source>
        <translation>Geri alınma tarihi</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="88"/>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>&amp;Kilitle (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="89"/>
        <source>Lock the vault</source>
        <translation>Kasayı kilitle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="94"/>
        <source>Signed in as</source>
        <translation>Giriş yapan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="99"/>
        <source>&amp;Privacy mode (F9)</source>
        <translation>Gizlilik &amp;modu (F9)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="102"/>
        <source>Privacy mode: hide client names in lists</source>
        <translation>Gizlilik modu: listelerde danışan adlarını gizle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="107"/>
        <source>New intake (Ctrl+Shift+N)</source>
        <translation>Yeni başvuru (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="129"/>
        <source>About Kadın Danışma: version, licences, data location</source>
        <translation>Kadın Danışma hakkında: sürüm, lisanslar, veri konumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="139"/>
        <source>%1 failed sign-in attempt(s) on your account since your last sign-in. If that was not you, tell your administrator.</source>
        <translation>Son girişinizden bu yana hesabınızda %1 başarısız giriş denemesi oldu. Bu siz değilseniz yöneticinize bildirin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="145"/>
        <source>Restore unsaved work</source>
        <translation>Kaydedilmemiş çalışmayı geri yükle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="147"/>
        <source>Discard unsaved work</source>
        <translation>Kaydedilmemiş çalışmayı sil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="87"/>
        <source>Change my password…</source>
        <translation>Parolamı değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="106"/>
        <source>New inta&amp;ke…</source>
        <translation>Yeni &amp;başvuru…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="121"/>
        <source>Import package…</source>
        <translation>Paket içe aktar…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="123"/>
        <source>Import package from a paired partner</source>
        <translation>Eşleştirilmiş bir ortaktan paket içe aktar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="128"/>
        <source>About…</source>
        <translation>Hakkında…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="144"/>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="146"/>
        <source>Discard</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="171"/>
        <source>Dashboard</source>
        <translation>Gösterge paneli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="178"/>
        <source>Cases</source>
        <translation>Vakalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="185"/>
        <source>Calendar</source>
        <translation>Takvim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="192"/>
        <source>Groups and trainings</source>
        <translation>Gruplar ve eğitimler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="194"/>
        <source>Contacts</source>
        <translation>Bilgi başvuruları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="199"/>
        <source>Shelters</source>
        <translation>Konukevleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="203"/>
        <source>Review queue</source>
        <translation>İnceleme kuyruğu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="210"/>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="212"/>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="212"/>
        <source>Vault</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="216"/>
        <source>KVKK</source>
        <translation>KVKK</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="228"/>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="229"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="231"/>
        <source>Directory</source>
        <translation>Kurum rehberi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="233"/>
        <source>Rooms and interpreters</source>
        <translation>Odalar ve tercümanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="235"/>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="246"/>
        <source>Partners</source>
        <translation>Ortaklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="264"/>
        <source>Could not keep a draft: %1</source>
        <translation>Taslak saklanamadı: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="311"/>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="312"/>
        <source>Close this tab (Ctrl+W)</source>
        <translation>Bu sekmeyi kapat (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="336"/>
        <source>Case…</source>
        <translation>Vaka…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="336"/>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="348"/>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="349"/>
        <source>Case %1</source>
        <translation>Vaka %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="386"/>
        <source>New intake</source>
        <translation>Yeni başvuru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="453"/>
        <source>Draft kept (encrypted) at %1.</source>
        <translation>Taslak şifreli olarak saklandı (saat %1).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="466"/>
        <source>You have %1 unsaved piece(s) of work from an earlier session (kept encrypted). Restore to continue, or discard.</source>
        <translation>Önceki bir oturumdan kalan %1 kaydedilmemiş çalışmanız var (şifreli olarak saklanıyor). Devam etmek için geri yükleyin ya da silin.</translation>
    </message>
</context>
<context>
    <name>YearSpinBox</name>
    <message>
        <location filename="../kadin_danisma/gui/base/forms.py" line="324"/>
        <source>Year, four digits; leave empty if not known.</source>
        <translation>Yıl, dört haneli; bilinmiyorsa boş bırakın.</translation>
    </message>
</context>
</TS>
