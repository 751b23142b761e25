<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="75"/>
        <source>About Kadın Danışma</source>
        <translation>Kadın Danışma hakkında</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="80"/>
        <source>App icon</source>
        <translation>Uygulama simgesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="81"/>
        <source>Kadın Danışma</source>
        <translation>Kadın Danışma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="86"/>
        <source>Version %1</source>
        <translation>Sürüm %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="89"/>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <translation>GNU Genel Kamu Lisansı sürüm 3 ya da (tercihinize göre) daha sonraki bir sürümü (%1) altında özgür yazılımdır. Hiçbir garanti verilmez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="102"/>
        <source>The vault on this computer: %1</source>
        <translation>Bu bilgisayardaki kasa: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="104"/>
        <source>Default location: %1</source>
        <translation>Varsayılan konum: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="105"/>
        <source>To move it: lock the vault, close the app, copy the whole folder, then open it from the new place. Backups are separate files; keep them as well.</source>
        <translation>Taşımak için: kasayı kilitleyin, uygulamayı kapatın, klasörün tamamını kopyalayın, sonra yeni yerinden açın. Yedekler ayrı dosyalardır; onları da saklayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="109"/>
        <source>Where the data lives</source>
        <translation>Veriler nerede durur</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="111"/>
        <source>&amp;Third-party software and fonts:</source>
        <translation>Üçüncü taraf &amp;yazılımlar ve yazı tipleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="114"/>
        <source>Third-party software and fonts</source>
        <translation>Üçüncü taraf yazılımlar ve yazı tipleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="118"/>
        <source>Licence &amp;text:</source>
        <translation>&amp;Lisans metni:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/about_dialog.py" line="122"/>
        <source>Licence text</source>
        <translation>Lisans metni</translation>
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
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="56"/>
        <source>The first administrator</source>
        <translation>İlk yönetici</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="57"/>
        <source>This account manages users, settings and backups, and reviews cases as a supervisor. Choose a password only you know.</source>
        <translation>Bu hesap kullanıcıları, ayarları ve yedekleri yönetir; süpervizör olarak vakaları inceler. Yalnızca sizin bildiğiniz bir parola seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="60"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="62"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="67"/>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="69"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Ad soyad:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="86"/>
        <source>2–32 characters: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>2–32 karakter: küçük harf a–z, rakam, &apos;.&apos;, &apos;_&apos; veya &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>CancelRequestDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="61"/>
        <source>Cancel the closure request</source>
        <translation>Kapanış talebini iptal et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="64"/>
        <source>The request is kept in the history as withdrawn, and the case becomes active again so you can keep working on it.</source>
        <translation>Talep, geçmişte geri çekildi olarak kalır ve vaka yeniden etkin olur; böylece üzerinde çalışmaya devam edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="66"/>
        <source>Cancel the &amp;request</source>
        <translation>Talebi &amp;iptal et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="67"/>
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
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="45"/>
        <source>Status filter</source>
        <translation>Durum filtresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="46"/>
        <source>Risk filter</source>
        <translation>Risk filtresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="49"/>
        <source>Counselor filter</source>
        <translation>Danışman filtresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="50"/>
        <source>Interpreter language filter</source>
        <translation>Tercüman dili filtresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="52"/>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="52"/>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="53"/>
        <source>In a shelter filter</source>
        <translation>Konukevinde filtresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="54"/>
        <source>Active measure filter</source>
        <translation>Yürürlükte tedbir filtresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="55"/>
        <source>Clear &amp;filters</source>
        <translation>&amp;Filtreleri temizle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="57"/>
        <source>Clear all filters</source>
        <translation>Tüm filtreleri temizle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="63"/>
        <source>S&amp;tatus:</source>
        <translation>Du&amp;rum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="63"/>
        <source>Ris&amp;k:</source>
        <translation>Risk dü&amp;zeyi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="64"/>
        <source>Couns&amp;elor:</source>
        <translation>Da&amp;nışman:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="66"/>
        <source>Interpreter lan&amp;guage:</source>
        <translation>&amp;Tercüman dili:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="66"/>
        <source>In s&amp;helter:</source>
        <translation>K&amp;onukevinde:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="67"/>
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
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="104"/>
        <source>Number of cases</source>
        <translation>Vaka sayısı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="105"/>
        <source>Show &amp;name</source>
        <translation>Adı göst&amp;er</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="107"/>
        <source>Show the selected client&apos;s name</source>
        <translation>Seçili danışanın adını göster</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="108"/>
        <source>Show or hide the name of the selected row only (Space)</source>
        <translation>Yalnızca seçili satırdaki adı göster veya gizle (Boşluk)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="109"/>
        <source>Privac&amp;y mode</source>
        <translation>Gizlilik &amp;modu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="113"/>
        <source>Privacy mode: hide client names</source>
        <translation>Gizlilik modu: danışan adlarını gizle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="114"/>
        <source>Hide client names in every list (F9)</source>
        <translation>Danışan adlarını tüm listelerde gizle (F9)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="153"/>
        <source>Any</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="166"/>
        <source> (disabled)</source>
        <translation> (devre dışı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="306"/>
        <source>Loading cases…</source>
        <translation>Vakalar yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="310"/>
        <source>No cases match these filters.</source>
        <translation>Bu filtrelere uyan vaka yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="311"/>
        <source>No cases.</source>
        <translation>Vaka yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="313"/>
        <source>1 case</source>
        <translation>1 vaka</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/case_list_page.py" line="315"/>
        <source>%1 cases</source>
        <translation>%1 vaka</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="88"/>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 yaşında)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="66"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="66"/>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="74"/>
        <source>female</source>
        <translation>kadın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="75"/>
        <source>male</source>
        <translation>erkek</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="76"/>
        <source>not stated</source>
        <translation>belirtilmemiş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="94"/>
        <source>Risk: not assessed</source>
        <translation>Risk: değerlendirilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="95"/>
        <source>Risk: %1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="95"/>
        <source>Close (Ctrl+W)</source>
        <translation>Kapat (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="96"/>
        <source>Close this case</source>
        <translation>Vaka sekmesini kapat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="116"/>
        <source>Safe contact</source>
        <translation>Güvenli iletişim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="123"/>
        <source>Case sections</source>
        <translation>Vaka bölümleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="141"/>
        <source>Overvi&amp;ew</source>
        <translation>G&amp;enel bakış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="141"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="141"/>
        <source>C&amp;hildren</source>
        <translation>Ço&amp;cuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="141"/>
        <source>Violence and ris&amp;k</source>
        <translation>Şiddet ve &amp;risk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="142"/>
        <source>Sa&amp;fety plan</source>
        <translation>&amp;Güvenlik planı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="142"/>
        <source>Consen&amp;ts</source>
        <translation>&amp;Onaylar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="142"/>
        <source>Histor&amp;y</source>
        <translation>Geçmi&amp;ş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="142"/>
        <source>&amp;Referrals</source>
        <translation>&amp;Yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="143"/>
        <source>Shelter pl&amp;acement</source>
        <translation>&amp;Konukevi yerleştirmesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="143"/>
        <source>Protective mea&amp;sures</source>
        <translation>Koruyucu &amp;tedbirler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="143"/>
        <source>Clos&amp;ure</source>
        <translation>K&amp;apanış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="160"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="180"/>
        <location filename="../kadin_danisma/gui/case/view.py" line="205"/>
        <source>Opening the case…</source>
        <translation>Vaka açılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="234"/>
        <source>Status: %1</source>
        <translation>Durum: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="238"/>
        <source>Counselor: %1</source>
        <translation>Danışman: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="239"/>
        <source>none assigned</source>
        <translation>atanmamış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="242"/>
        <source>Interpreter: %1</source>
        <translation>Tercüman: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="245"/>
        <source>In shelter</source>
        <translation>Konukevinde</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="247"/>
        <source>Active protective measure</source>
        <translation>Yürürlükte koruyucu tedbir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="249"/>
        <source>Protective measure ends within 14 days</source>
        <translation>Koruyucu tedbir 14 gün içinde sona eriyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="253"/>
        <source>Opened with a stated reason (break-glass). This access is logged for the supervisors.</source>
        <translation>Gerekçeli erişimle açıldı. Bu erişim süpervizörler için kayıt altına alınır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="255"/>
        <source>Reason: %1</source>
        <translation>Gerekçe: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="260"/>
        <source>Read-only: this case is closed.</source>
        <translation>Salt okunur: bu vaka kapalı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="262"/>
        <source>Read-only: this case is under closure review.</source>
        <translation>Salt okunur: bu vaka kapanış incelemesinde.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="264"/>
        <source>Read-only: you can read this case but not change it.</source>
        <translation>Salt okunur: bu vakayı okuyabilirsiniz, ancak değiştiremezsiniz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="271"/>
        <source>NEVER CALL AT HOME</source>
        <translation>EVDEN ASLA ARANMAMALIDIR</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="274"/>
        <source>Safe number: %1</source>
        <translation>Güvenli numara: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="276"/>
        <source>Times: %1</source>
        <translation>Aranabileceği zamanlar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="278"/>
        <source>Code word: %1</source>
        <translation>Parola kelime: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="284"/>
        <source>No safe-contact details recorded — ask her before calling.</source>
        <translation>Güvenli iletişim bilgisi kaydedilmemiş — aramadan önce kendisine sorun.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/view.py" line="292"/>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
</context>
<context>
    <name>CenterPage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="36"/>
        <source>Welcome to Kadın Danışma</source>
        <translation>Kadın Danışma’ya hoş geldiniz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="37"/>
        <source>This creates the encrypted vault for your center. Everything you record stays in it, encrypted, on this computer.</source>
        <translation>Bu adım merkeziniz için şifreli kasayı oluşturur. Kaydettiğiniz her şey bu bilgisayarda, şifreli olarak kasada kalır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="40"/>
        <source>Center name</source>
        <translation>Merkez adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="43"/>
        <source>Vault folder</source>
        <translation>Kasa klasörü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="45"/>
        <source>&amp;Center name:</source>
        <translation>&amp;Merkez adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="46"/>
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
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="24"/>
        <source>Add a child</source>
        <translation>Çocuk ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="24"/>
        <source>Edit a child</source>
        <translation>Çocuk bilgilerini düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="28"/>
        <source>Child&apos;s name</source>
        <translation>Çocuğun adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="29"/>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="54"/>
        <source>Year of birth</source>
        <translation>Doğum yılı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="31"/>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="55"/>
        <source>Sex</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="33"/>
        <source>&amp;Stays with her (accompanying)</source>
        <translation>Annesiyle &amp;birlikte kalıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="34"/>
        <source>Stays with her</source>
        <translation>Annesiyle birlikte kalıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="37"/>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="55"/>
        <source>School</source>
        <translation>Okul</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="38"/>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="49"/>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="56"/>
        <source>Concerns</source>
        <translation>Endişeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="42"/>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="56"/>
        <source>Needs</source>
        <translation>İhtiyaçlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="44"/>
        <source>&amp;Name:</source>
        <translation>&amp;Adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="45"/>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Doğum yılı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="46"/>
        <source>Se&amp;x:</source>
        <translation>&amp;Cinsiyet:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="48"/>
        <source>Sc&amp;hool:</source>
        <translation>&amp;Okul:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="52"/>
        <source>N&amp;eeds:</source>
        <translation>İhtiyaç&amp;lar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="54"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
</context>
<context>
    <name>ChildEditor</name>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="96"/>
        <source>Selected child</source>
        <translation>Seçili çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="100"/>
        <source>&amp;Accompanying her</source>
        <translation>A&amp;nnesiyle birlikte</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="101"/>
        <source>Child is accompanying her</source>
        <translation>Çocuk annesiyle birlikte</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="105"/>
        <source>Child&apos;s na&amp;me:</source>
        <translation>Ço&amp;cuğun adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="105"/>
        <source>Child&apos;s name</source>
        <translation>Çocuğun adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="106"/>
        <source>Child&apos;s birth &amp;year:</source>
        <translation>Çocuğun doğum &amp;yılı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="106"/>
        <source>Child&apos;s birth year</source>
        <translation>Çocuğun doğum yılı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="107"/>
        <source>Child&apos;s se&amp;x:</source>
        <translation>Çocuğun c&amp;insiyeti:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="107"/>
        <source>Child&apos;s sex</source>
        <translation>Çocuğun cinsiyeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="109"/>
        <source>Sc&amp;hool:</source>
        <translation>&amp;Okulu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="109"/>
        <source>Child&apos;s school</source>
        <translation>Çocuğun okulu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="110"/>
        <source>Con&amp;cerns:</source>
        <translation>&amp;Endişeler:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="110"/>
        <source>Concerns about the child</source>
        <translation>Çocukla ilgili endişeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="111"/>
        <source>Child&apos;s nee&amp;ds:</source>
        <translation>Çocuğun i&amp;htiyaçları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="111"/>
        <source>Child&apos;s needs</source>
        <translation>Çocuğun ihtiyaçları</translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="73"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="73"/>
        <source>Born</source>
        <translation>Doğum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="73"/>
        <source>Sex</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="73"/>
        <source>With her</source>
        <translation>Annesiyle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="73"/>
        <source>School</source>
        <translation>Okul</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="74"/>
        <source>Children</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="78"/>
        <source>Selected child</source>
        <translation>Seçili çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="84"/>
        <source>&amp;Add child…</source>
        <translation>Çocuk ek&amp;le…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="86"/>
        <source>Chan&amp;ge child&apos;s details…</source>
        <translation>Çocuk bilgilerini dü&amp;zenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="89"/>
        <source>Children: %1</source>
        <translation>Çocuk sayısı: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="90"/>
        <source>No children recorded.</source>
        <translation>Kayıtlı çocuk yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="110"/>
        <source>Concerns: %1</source>
        <translation>Endişeler: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="111"/>
        <source>Needs: %1</source>
        <translation>İhtiyaçlar: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/children_tab.py" line="122"/>
        <source>Child saved.</source>
        <translation>Çocuk bilgileri kaydedildi.</translation>
    </message>
</context>
<context>
    <name>ClosureHeader</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="291"/>
        <source>Re&amp;quest closure…</source>
        <translation>Ka&amp;panış talep et…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="294"/>
        <source>Re&amp;open case…</source>
        <translation>&amp;Vakayı yeniden aç…</translation>
    </message>
</context>
<context>
    <name>ClosureRequestDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="22"/>
        <source>Request closure</source>
        <translation>Kapanış talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="25"/>
        <source>A supervisor reviews the case before it closes. While the request waits, the case cannot be changed; you can cancel the request.</source>
        <translation>Vaka kapanmadan önce bir süpervizör vakayı inceler. Talep beklerken vakada değişiklik yapılamaz; talebi iptal edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="27"/>
        <source>Reason for closing</source>
        <translation>Kapanış gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="28"/>
        <source>Closing checklist</source>
        <translation>Kapanış kontrol listesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="30"/>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="46"/>
        <source>Closing summary</source>
        <translation>Kapanış özeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="33"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="35"/>
        <source>Closing &amp;summary:</source>
        <translation>Kapanış ö&amp;zeti:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="37"/>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="45"/>
        <source>Checklist</source>
        <translation>Kontrol listesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="42"/>
        <source>Send for re&amp;view</source>
        <translation>İncelemeye gö&amp;nder</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="44"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="48"/>
        <source>Reason: %1</source>
        <translation>Gerekçe: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="50"/>
        <source>Requested by %1 on %2</source>
        <translation>%2 tarihinde %1 tarafından talep edildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="55"/>
        <source>nothing</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="56"/>
        <source>Checked: %1</source>
        <translation>İşaretlenenler: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="59"/>
        <source>Not checked: %1</source>
        <translation>İşaretlenmeyenler: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="76"/>
        <source>Returned closure: the supervisor&apos;s comment</source>
        <translation>Geri gönderilen kapanış: süpervizörün açıklaması</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="78"/>
        <source>Closure request waiting for review</source>
        <translation>İnceleme bekleyen kapanış talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="84"/>
        <source>Closing summary</source>
        <translation>Kapanış özeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="86"/>
        <source>Closing summar&amp;y:</source>
        <translation>Kapanış ö&amp;zeti:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="93"/>
        <source>Appr&amp;ove closure…</source>
        <translation>Kapanışı &amp;onayla…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="95"/>
        <source>Return &amp;with a comment…</source>
        <translation>Açıklamayla &amp;geri gönder…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="97"/>
        <source>Cancel the closure re&amp;quest…</source>
        <translation>Kapanış talebini &amp;iptal et…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="99"/>
        <source>E&amp;xport case summary (PDF)…</source>
        <translation>Vaka özetini &amp;dışa aktar (PDF)…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="101"/>
        <source>Arc&amp;hive copy (PDF/A)…</source>
        <translation>&amp;Arşiv kopyası (PDF/A)…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="103"/>
        <source>Export the case summary as an archive copy (PDF/A)</source>
        <translation>Vaka özetini arşiv kopyası olarak dışa aktar (PDF/A)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="118"/>
        <source>Requested</source>
        <translation>Talep</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="118"/>
        <source>By</source>
        <translation>Talep eden</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="118"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="118"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="119"/>
        <source>Decided by</source>
        <translation>Karar veren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="119"/>
        <source>Decided</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="119"/>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="120"/>
        <source>Closure requests and decisions</source>
        <translation>Kapanış talepleri ve kararlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="122"/>
        <source>Review history</source>
        <translation>İnceleme geçmişi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="145"/>
        <source>This case is closed (%1).</source>
        <translation>Bu vaka kapalı (%1).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="147"/>
        <source>Closure requested: waiting for a supervisor&apos;s review.</source>
        <translation>Kapanış istendi: süpervizör incelemesi bekleniyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="149"/>
        <source>No closure request is waiting.</source>
        <translation>Bekleyen kapanış talebi yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="165"/>
        <source>Closure returned by %1 on %2. Their comment:</source>
        <translation>Kapanış, %2 tarihinde %1 tarafından geri gönderildi. Açıklaması:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="181"/>
        <source>Waiting</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="181"/>
        <source>Approved</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="182"/>
        <source>Returned</source>
        <translation>Geri gönderildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="182"/>
        <source>Withdrawn</source>
        <translation>Geri çekildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="193"/>
        <source>Last reopened by %1 on %2: %3</source>
        <translation>En son %2 tarihinde %1 tarafından yeniden açıldı: %3</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="203"/>
        <source>Closure requested: the case waits for a supervisor&apos;s review.</source>
        <translation>Kapanış istendi: vaka süpervizör incelemesini bekliyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="211"/>
        <source>Closure request cancelled: the case is active again.</source>
        <translation>Kapanış talebi iptal edildi: vaka yeniden etkin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="222"/>
        <source>Closure approved: the case is closed.</source>
        <translation>Kapanış onaylandı: vaka kapatıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="223"/>
        <source>Closure returned to the counselor.</source>
        <translation>Kapanış danışmana geri gönderildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="231"/>
        <source>Case reopened: it is active again.</source>
        <translation>Vaka yeniden açıldı: yeniden etkin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="240"/>
        <source>Save the case summary</source>
        <translation>Vaka özetini kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="250"/>
        <source>Building the PDF…</source>
        <translation>PDF oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="266"/>
        <source>Case summary saved: %1</source>
        <translation>Vaka özeti kaydedildi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_tab.py" line="272"/>
        <source>The PDF was not saved: %1</source>
        <translation>PDF kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="226"/>
        <source>Confirm the placement</source>
        <translation>Yerleştirmeyi onayla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="229"/>
        <source>She moved into %1 (requested on %2).</source>
        <translation>Yerleştiği konukevi: %1 (talep tarihi: %2).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="231"/>
        <source>Date placed</source>
        <translation>Yerleştirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="233"/>
        <source>&amp;Placed on:</source>
        <translation>&amp;Yerleştirme tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="235"/>
        <source>Placed on</source>
        <translation>Yerleştirme tarihi</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="170"/>
        <source>Check the recovery key</source>
        <translation>Kurtarma anahtarını doğrulayın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="174"/>
        <source>Recovery key group</source>
        <translation>Kurtarma anahtarı grubu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="189"/>
        <source>To show it was written down, type group %1 of the recovery key (six digits) from your copy.</source>
        <translation>Not aldığınızı göstermek için, kopyanızdan kurtarma anahtarının %1. grubunu (altı rakam) yazın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="200"/>
        <source>Correct.</source>
        <translation>Doğru.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="201"/>
        <source>That is not group %1. Look at your copy again.</source>
        <translation>Bu %1. grup değil. Kopyanıza yeniden bakın.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="20"/>
        <source>Record a consent</source>
        <translation>Onay kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="22"/>
        <source>Kind of consent</source>
        <translation>Onay türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="23"/>
        <source>Date given</source>
        <translation>Veriliş tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="25"/>
        <source>Institution she agreed to share with</source>
        <translation>Bilgi paylaşımına onay verdiği kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="29"/>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="43"/>
        <source>Form version</source>
        <translation>Form sürümü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="31"/>
        <source>Notes on the consent</source>
        <translation>Onaya ilişkin notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="35"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="36"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Veriliş tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="37"/>
        <source>&amp;Institution:</source>
        <translation>K&amp;urum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="38"/>
        <source>Form &amp;version:</source>
        <translation>Form &amp;sürümü:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="39"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="41"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="41"/>
        <source>Given on</source>
        <translation>Veriliş tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="42"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="43"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="87"/>
        <source>Consent</source>
        <translation>Onay</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="87"/>
        <source>Given</source>
        <translation>Veriliş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="87"/>
        <source>Withdrawn</source>
        <translation>Geri alınma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="87"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="88"/>
        <source>Form version</source>
        <translation>Form sürümü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="88"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="88"/>
        <source>Consents</source>
        <translation>Onaylar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="92"/>
        <source>Record &amp;a consent…</source>
        <translation>Onay kayde&amp;t…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="95"/>
        <source>&amp;Withdraw consent…</source>
        <translation>Onayı geri a&amp;l…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="100"/>
        <source>In force: %1 · withdrawn: %2</source>
        <translation>Geçerli: %1 · geri alınan: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="101"/>
        <source>No consents recorded.</source>
        <translation>Kayıtlı onay yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="118"/>
        <source>Consent recorded.</source>
        <translation>Onay kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="127"/>
        <source>Consent withdrawn.</source>
        <translation>Onay geri alındı.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="100"/>
        <source>Your recovery key</source>
        <translation>Kurtarma anahtarınız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="104"/>
        <source>Creating the encrypted vault…</source>
        <translation>Şifreli kasa oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="110"/>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="113"/>
        <source>This key opens the vault if every password is forgotten. It is shown only now. Write it down or print it, and keep it locked away from this computer. Anyone with this key and the vault folder can read everything.</source>
        <translation>Bu anahtar, bütün parolalar unutulursa kasayı açar. Yalnızca şimdi gösterilir. Not alın ya da yazdırın ve bu bilgisayardan uzakta, kilitli bir yerde saklayın. Bu anahtara ve kasa klasörüne sahip olan herkes her şeyi okuyabilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="116"/>
        <source>I have &amp;written down the recovery key and will keep it safe</source>
        <translation>Kurtarma anahtarını &amp;not aldım ve güvenle saklayacağım</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="139"/>
        <source>Creating the encrypted vault… (measuring this computer&apos;s speed to set the key derivation; a few seconds)</source>
        <translation>Şifreli kasa oluşturuluyor… (anahtar türetme ayarı için bu bilgisayarın hızı ölçülüyor; birkaç saniye sürer)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="150"/>
        <source>The vault is ready.</source>
        <translation>Kasa hazır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/setup_wizard.py" line="160"/>
        <source>The vault could not be created: %1</source>
        <translation>Kasa oluşturulamadı: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="32"/>
        <source>Case</source>
        <translation>Vaka no</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="32"/>
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="33"/>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="35"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="33"/>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="35"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="34"/>
        <source>Due</source>
        <translation>Planlanan tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="34"/>
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="36"/>
        <source>Measure</source>
        <translation>Tedbir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="36"/>
        <source>Ends</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="37"/>
        <source>Opened</source>
        <translation>Açılış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="38"/>
        <source>Dashboard</source>
        <translation>Gösterge paneli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="41"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="42"/>
        <source>Refresh the dashboard</source>
        <translation>Gösterge panelini yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="45"/>
        <source>My open cases</source>
        <translation>Açık vakalarım</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="46"/>
        <source>Follow-ups due or overdue</source>
        <translation>Zamanı gelen veya geciken izlemler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="47"/>
        <source>High-risk cases</source>
        <translation>Yüksek riskli vakalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="48"/>
        <source>Protective measures ending within 14 days</source>
        <translation>14 gün içinde sona erecek koruyucu tedbirler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="52"/>
        <source>Closures waiting for review</source>
        <translation>İnceleme bekleyen kapanış talepleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="73"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="86"/>
        <source>OVERDUE %1</source>
        <translation>GECİKMİŞ %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="91"/>
        <source>%1 (in %2 days)</source>
        <translation>%1 (%2 gün sonra)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="101"/>
        <source>first %1 of %2</source>
        <translation>toplam %2, ilk %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/dashboard.py" line="105"/>
        <source>%1 overdue follow-up(s).</source>
        <translation>Geciken izlem sayısı: %1.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../kadin_danisma/gui/base/forms.py" line="110"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-AA-GG</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/forms.py" line="112"/>
        <source>Date as year-month-day, for example 2025-03-14. Up and Down arrows change the day.</source>
        <translation>Tarih yıl-ay-gün biçiminde, örneğin 2025-03-14. Yukarı ve Aşağı ok tuşları günü değiştirir.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="79"/>
        <source>Approve the closure</source>
        <translation>Kapanışı onayla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="79"/>
        <source>Return the closure request</source>
        <translation>Kapanış talebini geri gönder</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="83"/>
        <source>Case %1</source>
        <translation>Vaka %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="88"/>
        <source>Closing summary</source>
        <translation>Kapanış özeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="92"/>
        <source>Approving closes the case: it becomes read-only until a supervisor reopens it.</source>
        <translation>Onaylamak vakayı kapatır: bir süpervizör yeniden açana kadar vaka salt okunur olur.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="93"/>
        <source>The case goes back to its counselor, who sees your comment in the case.</source>
        <translation>Vaka danışmanına geri döner; danışman açıklamanızı vakada görür.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="95"/>
        <source>Comment for the counselor</source>
        <translation>Danışman için açıklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="98"/>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Açıklama (isteğe bağlı):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="98"/>
        <source>&amp;Comment (required):</source>
        <translation>&amp;Açıklama (zorunlu):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="101"/>
        <source>&amp;Approve and close the case</source>
        <translation>Onayla ve vakayı &amp;kapat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="101"/>
        <source>&amp;Return</source>
        <translation>&amp;Geri gönder</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="102"/>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="108"/>
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
        <location filename="../kadin_danisma/gui/base/dialogs.py" line="43"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/dialogs.py" line="44"/>
        <source>Working…</source>
        <translation>İşleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/dialogs.py" line="47"/>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="120"/>
        <source>Find an institution by name, type or city</source>
        <translation>Kurum ara: ad, tür veya il</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="121"/>
        <source>Name, type or city</source>
        <translation>Ad, tür veya il</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="123"/>
        <source>&amp;Find:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="124"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="124"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="124"/>
        <source>City</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="124"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="124"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="125"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="126"/>
        <source>Institutions</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="127"/>
        <source>&amp;Add institution…</source>
        <translation>Kurum &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="128"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="129"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="188"/>
        <source>&amp;Hide from new referrals</source>
        <translation>Yeni yönlendirmelerde &amp;gizle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="141"/>
        <source>The institutions counselors refer women to. An institution is never deleted, since earlier referrals name it: hide it from new referrals instead. Every change is recorded in the audit log.</source>
        <translation>Danışmanların kadınları yönlendirdiği kurumlar. Önceki yönlendirmelerde adı geçtiği için hiçbir kurum silinmez; bunun yerine kurumu yeni yönlendirmelerde gizleyin. Her değişiklik denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="166"/>
        <source>offered</source>
        <translation>yönlendirmeye açık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="166"/>
        <source>hidden from new referrals</source>
        <translation>yeni yönlendirmelerde gizli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="187"/>
        <source>S&amp;how again for referrals</source>
        <translation>Yönlendirmelerde yeniden &amp;göster</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="197"/>
        <source>Institution added.</source>
        <translation>Kurum eklendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="206"/>
        <source>Institution saved.</source>
        <translation>Kurum kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="215"/>
        <source>Offered again for new referrals.</source>
        <translation>Yeni yönlendirmelerde yeniden sunuluyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="215"/>
        <source>Hidden from new referrals.</source>
        <translation>Yeni yönlendirmelerde gizlendi.</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="250"/>
        <source>End the placement</source>
        <translation>Yerleştirmeyi sonlandır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="253"/>
        <source>She leaves %1.</source>
        <translation>Ayrıldığı konukevi: %1.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="254"/>
        <source>The request for a place in %1 ends (she did not move in).</source>
        <translation>%1 için yer talebi sona eriyor (danışan konukevine yerleşmedi).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="256"/>
        <source>— not stated —</source>
        <translation>— belirtilmemiş —</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="257"/>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="263"/>
        <source>Exit reason</source>
        <translation>Çıkış nedeni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="258"/>
        <source>Date she left</source>
        <translation>Ayrılış tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="260"/>
        <source>E&amp;xit reason:</source>
        <translation>Çıkış &amp;nedeni:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="261"/>
        <source>&amp;Left on:</source>
        <translation>&amp;Ayrılış tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="263"/>
        <source>Left on</source>
        <translation>Ayrılış tarihi</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="156"/>
        <source>is required</source>
        <translation>zorunludur</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="157"/>
        <source>must be text</source>
        <translation>metin olmalıdır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="158"/>
        <source>must be yes or no</source>
        <translation>evet ya da hayır olmalıdır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="159"/>
        <source>write the date as YYYY-MM-DD, for example 2025-03-14</source>
        <translation>tarihi YYYY-AA-GG biçiminde yazın, örneğin 2025-03-14</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="161"/>
        <source>is not a real date</source>
        <translation>geçerli bir tarih değil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="162"/>
        <source>is in the future</source>
        <translation>ileri bir tarih olamaz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="163"/>
        <source>is before the start</source>
        <translation>başlangıç tarihinden önce olamaz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="164"/>
        <source>must be a whole number</source>
        <translation>tam sayı olmalıdır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="165"/>
        <source>give a year between 1900 and this year</source>
        <translation>1900 ile bu yıl arasında bir yıl girin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="166"/>
        <source>lists a choice twice</source>
        <translation>aynı seçimi iki kez içeriyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="167"/>
        <source>must be a list</source>
        <translation>bir liste olmalıdır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="168"/>
        <source>to finish the intake, tick at least one violence type or write down her request</source>
        <translation>başvuruyu tamamlamak için en az bir şiddet türünü işaretleyin ya da danışanın talebini yazın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="170"/>
        <source>is required when the level differs from the suggestion</source>
        <translation>düzey önerilenden farklıysa zorunludur</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="172"/>
        <source>an institution is only named for consent to share with it</source>
        <translation>kurum yalnızca kurumla paylaşım onayında belirtilir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="174"/>
        <source>must be ticked when an interpreter language or name is given</source>
        <translation>tercüman dili veya adı girildiğinde işaretlenmelidir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="182"/>
        <source>is longer than %1 characters</source>
        <translation>%1 karakterden uzun olamaz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="183"/>
        <source>at least %1 characters.</source>
        <translation>en az %1 karakter olmalıdır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="184"/>
        <source>is before %1</source>
        <translation>%1 yılından önce olamaz</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="185"/>
        <source>must be between %1 and %2</source>
        <translation>%1 ile %2 arasında olmalıdır</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="186"/>
        <source>is not a known choice</source>
        <translation>listede olmayan bir seçim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="187"/>
        <source>choose one of the offered values</source>
        <translation>sunulan değerlerden birini seçin</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../kadin_danisma/gui/base/files.py" line="21"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/files.py" line="69"/>
        <source>Replace the file?</source>
        <translation>Dosya değiştirilsin mi?</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/files.py" line="72"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 zaten var. Değiştirilsin mi?</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="29"/>
        <source>Load a&amp;gain</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="36"/>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="38"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="36"/>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="38"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="36"/>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="38"/>
        <source>What</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="36"/>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="38"/>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="37"/>
        <source>Changes to the case, newest first</source>
        <translation>Vakadaki değişiklikler, en yenisi önce</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="39"/>
        <source>Who opened or exported the case</source>
        <translation>Vakayı açanlar veya dışa aktaranlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="40"/>
        <source>Access log (supervisors)</source>
        <translation>Erişim kaydı (süpervizörler)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="42"/>
        <source>Changes</source>
        <translation>Değişiklikler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="65"/>
        <source>Loading the history…</source>
        <translation>Geçmiş yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="78"/>
        <source>Changes recorded: %1</source>
        <translation>Kayıtlı değişiklik: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="86"/>
        <source>Case created</source>
        <translation>Vaka oluşturuldu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="86"/>
        <source>Changed</source>
        <translation>Değiştirildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="87"/>
        <source>Status changed</source>
        <translation>Durum değişti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="87"/>
        <source>Counselors assigned</source>
        <translation>Danışman atandı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="88"/>
        <source>Note added</source>
        <translation>Not eklendi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="88"/>
        <source>Risk assessed</source>
        <translation>Risk değerlendirildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="89"/>
        <source>Safety plan reviewed</source>
        <translation>Güvenlik planı gözden geçirildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="89"/>
        <source>Consent recorded</source>
        <translation>Onay kaydedildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="90"/>
        <source>Consent withdrawn</source>
        <translation>Onay geri alındı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="90"/>
        <source>Measure added</source>
        <translation>Tedbir eklendi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="91"/>
        <source>Measure violation recorded</source>
        <translation>Tedbir ihlali kaydedildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="91"/>
        <source>Referral made</source>
        <translation>Yönlendirme yapıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="92"/>
        <source>Referral updated</source>
        <translation>Yönlendirme güncellendi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="92"/>
        <source>Shelter placement</source>
        <translation>Konukevi yerleştirmesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="93"/>
        <source>Placement updated</source>
        <translation>Yerleştirme güncellendi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="93"/>
        <source>Closure requested</source>
        <translation>Kapanış istendi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="94"/>
        <source>Closure decided</source>
        <translation>Kapanış karara bağlandı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="94"/>
        <source>Follow-up planned</source>
        <translation>İzlem planlandı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="95"/>
        <source>Follow-up done</source>
        <translation>İzlem yapıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="95"/>
        <source>Imported</source>
        <translation>İçe aktarıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="96"/>
        <source>Opened</source>
        <translation>Açıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="96"/>
        <source>Opened with a stated reason</source>
        <translation>Gerekçeli erişimle açıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="97"/>
        <source>PDF exported</source>
        <translation>PDF olarak dışa aktarıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="97"/>
        <source>Exported</source>
        <translation>Dışa aktarıldı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="98"/>
        <source>Access log viewed</source>
        <translation>Erişim kaydı görüntülendi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/history_tab.py" line="99"/>
        <source>Consent overridden for a referral</source>
        <translation>Yönlendirmede onay olmadan paylaşım (gerekçeli istisna)</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="38"/>
        <source>Edit institution</source>
        <translation>Kurumu düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="38"/>
        <source>Add an institution</source>
        <translation>Kurum ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="44"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="65"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="45"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="66"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="47"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="67"/>
        <source>City</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="49"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="68"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="51"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="69"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="53"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="70"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="55"/>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="71"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="58"/>
        <source>Notes for colleagues (opening hours, contact person)</source>
        <translation>Meslektaşlar için notlar (çalışma saatleri, irtibat kişisi)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="62"/>
        <source>&amp;Offered for new referrals</source>
        <translation>Yeni yönlendirmelerde s&amp;unulsun</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="66"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="67"/>
        <source>&amp;City:</source>
        <translation>İ&amp;l:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="68"/>
        <source>&amp;District:</source>
        <translation>İlç&amp;e:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="69"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="70"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;posta:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="71"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="72"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/directory_page.py" line="72"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="58"/>
        <source>Female</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="58"/>
        <source>Male</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="59"/>
        <source>Not known</source>
        <translation>Bilinmiyor</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="158"/>
        <location filename="../kadin_danisma/gui/intake/form.py" line="568"/>
        <location filename="../kadin_danisma/gui/intake/form.py" line="572"/>
        <source>New intake</source>
        <translation>Yeni başvuru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="162"/>
        <source>Intake status</source>
        <translation>Başvuru durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="165"/>
        <source>1. Client</source>
        <translation>1. Danışan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="167"/>
        <source>Full name (required)</source>
        <translation>Ad soyad (zorunlu)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="168"/>
        <source>Full &amp;name (required):</source>
        <translation>Ad so&amp;yad (zorunlu):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="170"/>
        <source>Birth year</source>
        <translation>Doğum yılı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="170"/>
        <source>&amp;Birth year:</source>
        <translation>D&amp;oğum yılı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="172"/>
        <source>Nationality</source>
        <translation>Uyruk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="172"/>
        <source>Na&amp;tionality:</source>
        <translation>&amp;Uyruk:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="174"/>
        <source>Languages she speaks</source>
        <translation>Konuştuğu diller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="175"/>
        <source>&amp;Languages she speaks:</source>
        <translation>Konuştuğu di&amp;ller:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="176"/>
        <source>No interpreter needed</source>
        <translation>Tercüman gerekmiyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="177"/>
        <source>Interpreter language</source>
        <translation>Tercüman dili</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="178"/>
        <source>&amp;Interpreter language:</source>
        <translation>Terc&amp;üman dili:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="179"/>
        <source>Not recorded</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="181"/>
        <source>Migrant status</source>
        <translation>Göç / koruma statüsü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="182"/>
        <source>&amp;Migrant status:</source>
        <translation>&amp;Göç / koruma statüsü:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="184"/>
        <source>Marital status</source>
        <translation>Medeni durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="185"/>
        <source>Marital stat&amp;us:</source>
        <translation>Mede&amp;ni durum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="187"/>
        <source>Education</source>
        <translation>Eğitim durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="187"/>
        <source>&amp;Education:</source>
        <translation>E&amp;ğitim durumu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="189"/>
        <source>Employment</source>
        <translation>Çalışma durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="189"/>
        <source>Em&amp;ployment:</source>
        <translation>&amp;Çalışma durumu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="191"/>
        <source>Disability or access needs</source>
        <translation>Engellilik ve erişilebilirlik ihtiyaçları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="192"/>
        <source>Disabilit&amp;y or access needs:</source>
        <translation>Engellilik ve erişilebilirlik i&amp;htiyaçları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="195"/>
        <source>2. Contacting her safely</source>
        <translation>2. Güvenli iletişim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="199"/>
        <source>Safe phone number</source>
        <translation>Güvenli telefon numarası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="200"/>
        <source>Safe &amp;phone number:</source>
        <translation>Güvenli tele&amp;fon numarası:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="202"/>
        <source>Safe times to contact her</source>
        <translation>Aranabileceği güvenli zamanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="203"/>
        <source>Safe &amp;times to contact her:</source>
        <translation>Aranabileceği güvenli &amp;zamanlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="204"/>
        <source>Ne&amp;ver call her at home</source>
        <translation>&amp;Evden asla aranmamalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="205"/>
        <source>Never call her at home</source>
        <translation>Evden asla aranmamalı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="208"/>
        <source>Code word</source>
        <translation>Parola kelime</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="208"/>
        <source>Code &amp;word:</source>
        <translation>Parola kel&amp;ime:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="210"/>
        <source>Notes on contacting her safely</source>
        <translation>Güvenli iletişime ilişkin notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="211"/>
        <source>N&amp;otes on contacting her:</source>
        <translation>İletişim n&amp;otları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="214"/>
        <source>3. Children</source>
        <translation>3. Çocuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="216"/>
        <source>Children</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="216"/>
        <source>&amp;Add child</source>
        <translation>Çocuk &amp;ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="216"/>
        <source>Add child</source>
        <translation>Çocuk ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="216"/>
        <source>Remo&amp;ve child</source>
        <translation>&amp;Çocuğu çıkar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="217"/>
        <source>Remove selected child</source>
        <translation>Seçili çocuğu çıkar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="217"/>
        <source>(no name yet)</source>
        <translation>(henüz ad yok)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="218"/>
        <source>This child is already saved with the case and cannot be removed here.</source>
        <translation>Bu çocuk vakayla birlikte kaydedildi; buradan çıkarılamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="221"/>
        <source>C&amp;hildren:</source>
        <translation>Ço&amp;cuklar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="224"/>
        <source>Child</source>
        <translation>Çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="229"/>
        <source>4. Violence history and request</source>
        <translation>4. Şiddet öyküsü ve talep</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="233"/>
        <source>Intake date</source>
        <translation>Başvuru tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="233"/>
        <source>Intake &amp;date:</source>
        <translation>Başvuru tar&amp;ihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="235"/>
        <source>How she came</source>
        <translation>Başvuru şekli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="235"/>
        <source>How she &amp;came:</source>
        <translation>Başvuru ş&amp;ekli:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="237"/>
        <source>Referred by</source>
        <translation>Yönlendiren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="237"/>
        <source>&amp;Referred by:</source>
        <translation>&amp;Yönlendiren:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="239"/>
        <source>Her request</source>
        <translation>Başvuru talebi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="239"/>
        <source>Her re&amp;quest:</source>
        <translation>Başvuru ta&amp;lebi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="241"/>
        <source>Violence types</source>
        <translation>Şiddet türleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="242"/>
        <source>&amp;Violence types:</source>
        <translation>&amp;Şiddet türleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="244"/>
        <source>How often</source>
        <translation>Sıklık</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="244"/>
        <source>How &amp;often:</source>
        <translation>Sık&amp;lık:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="246"/>
        <source>Date of the last incident</source>
        <translation>Son olay tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="247"/>
        <source>&amp;Last incident:</source>
        <translation>S&amp;on olay tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="248"/>
        <source>She went to the police &amp;before</source>
        <translation>Daha önce k&amp;olluğa başvurdu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="249"/>
        <source>She went to the police before</source>
        <translation>Daha önce kolluğa başvurdu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="251"/>
        <source>She went to co&amp;urt before</source>
        <translation>Daha önce &amp;yargıya başvurdu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="252"/>
        <source>She went to court before</source>
        <translation>Daha önce yargıya başvurdu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="255"/>
        <source>Earlier contacts with institutions</source>
        <translation>Kurumlara önceki başvurular</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="256"/>
        <source>Earlier contacts with &amp;institutions:</source>
        <translation>K&amp;urumlara önceki başvurular:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="258"/>
        <source>Perpetrators</source>
        <translation>Şiddet uygulayanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="258"/>
        <source>Add &amp;perpetrator</source>
        <translation>Şiddet uygulayan &amp;ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="258"/>
        <source>Add perpetrator</source>
        <translation>Şiddet uygulayan ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="259"/>
        <source>Remove perpetra&amp;tor</source>
        <translation>Şiddet uygulayanı &amp;çıkar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="259"/>
        <source>Remove selected perpetrator</source>
        <translation>Seçili şiddet uygulayanı çıkar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="259"/>
        <source>(no name given)</source>
        <translation>(ad belirtilmedi)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="260"/>
        <source>This perpetrator is already saved with the case and cannot be removed here.</source>
        <translation>Bu şiddet uygulayan kişi vakayla birlikte kaydedildi; buradan çıkarılamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="263"/>
        <source>Perpe&amp;trators:</source>
        <translation>Şiddet &amp;uygulayanlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="266"/>
        <source>Perpetrator</source>
        <translation>Şiddet uygulayan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="271"/>
        <source>5. Risk</source>
        <translation>5. Risk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="274"/>
        <source>Danger indicators</source>
        <translation>Tehlike göstergeleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="275"/>
        <source>Danger i&amp;ndicators:</source>
        <translation>Tehlike &amp;göstergeleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="278"/>
        <source>Suggested level:</source>
        <translation>Önerilen düzey:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="279"/>
        <source>Not assessed yet</source>
        <translation>Henüz değerlendirilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="280"/>
        <source>Risk level</source>
        <translation>Risk düzeyi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="280"/>
        <source>Risk le&amp;vel:</source>
        <translation>Risk dü&amp;zeyi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="286"/>
        <source>Reason for the level</source>
        <translation>Düzeyin gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="286"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="289"/>
        <source>6. Immediate needs</source>
        <translation>6. Acil ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="291"/>
        <source>Immediate needs</source>
        <translation>Acil ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="292"/>
        <source>Immediate nee&amp;ds:</source>
        <translation>Acil &amp;ihtiyaçlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="295"/>
        <source>7. Consents (KVKK)</source>
        <translation>7. Onaylar (KVKK)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="297"/>
        <source>Consents given today</source>
        <translation>Bugün verilen onaylar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="298"/>
        <source>Consents &amp;given today:</source>
        <translation>Bugün verilen &amp;onaylar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="300"/>
        <source>Ticked consents are recorded as given today when the intake is saved; unticking a saved one records its withdrawal. Consent to share with an institution is recorded with the referral.</source>
        <translation>İşaretlenen onaylar, başvuru kaydedildiğinde bugün verilmiş olarak kaydedilir; kaydedilmiş bir onayın işaretini kaldırmak, onayın geri alındığını kaydeder. Kurumla paylaşım onayı, yönlendirmeyle birlikte kaydedilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="321"/>
        <source>Sections of the intake</source>
        <translation>Başvuru formunun bölümleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="330"/>
        <source>Save status</source>
        <translation>Kayıt durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="331"/>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation>&amp;Taslağı kaydet (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="332"/>
        <source>Save draft</source>
        <translation>Taslağı kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="333"/>
        <source>&amp;Finish intake</source>
        <translation>Başvu&amp;ruyu tamamla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="334"/>
        <source>Finish intake</source>
        <translation>Başvuruyu tamamla</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="335"/>
        <source>Clos&amp;e</source>
        <translation>K&amp;apat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="336"/>
        <source>Close the intake form</source>
        <translation>Başvuru formunu kapat</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="433"/>
        <source>%1 (no indicator ticked)</source>
        <translation>%1 (işaretli gösterge yok)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="435"/>
        <source>Suggested level: %1</source>
        <translation>Önerilen düzey: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="441"/>
        <source>The level differs from the suggested level: give a reason.</source>
        <translation>Düzey, önerilen düzeyden farklı: gerekçe yazın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="459"/>
        <source>Not saved: %1 problem(s) are marked in the form; the first one has the focus.</source>
        <translation>Kaydedilmedi: formda %1 sorun işaretlendi; imleç ilk sorunlu alanda.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="493"/>
        <source>Finishing the intake…</source>
        <translation>Başvuru tamamlanıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="493"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="520"/>
        <source>Intake finished and saved at %1.</source>
        <translation>Başvuru tamamlandı ve kaydedildi (saat %1).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="522"/>
        <source>Draft saved at %1.</source>
        <translation>Taslak kaydedildi (saat %1).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="564"/>
        <source>Intake</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="565"/>
        <source>Intake finished — the case is open.</source>
        <translation>Başvuru tamamlandı — vaka açıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="569"/>
        <source>Draft — intake not finished</source>
        <translation>Taslak — başvuru tamamlanmadı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/form.py" line="573"/>
        <source>Not saved yet — what you type is kept as an encrypted draft until you save.</source>
        <translation>Henüz kaydedilmedi — yazdıklarınız, siz kaydedene kadar şifreli taslak olarak saklanır.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="54"/>
        <source>Referral letter</source>
        <translation>Yönlendirme yazısı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="70"/>
        <source>A letter to %1. Tick only what this institution needs to know: the minimum is ticked already.</source>
        <translation>Yazının gönderileceği kurum: %1. Yalnızca bu kurumun bilmesi gerekenleri işaretleyin; gereken en az bilgi zaten işaretli.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="74"/>
        <source>Language of the letter</source>
        <translation>Yazının dili</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="75"/>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="76"/>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="78"/>
        <source>What goes into the letter</source>
        <translation>Yazıya girecek bilgiler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="80"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="87"/>
        <source>PDF password (optional)</source>
        <translation>PDF parolası (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="89"/>
        <source>Repeat the PDF password</source>
        <translation>PDF parolasını tekrarlayın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="91"/>
        <source>&amp;Archive copy (PDF/A, without a password)</source>
        <translation>Arşiv &amp;kopyası (PDF/A, parolasız)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="93"/>
        <source>Archive copy: PDF/A for the document archive, without a password</source>
        <translation>Arşiv kopyası: belge arşivi için PDF/A, parolasız</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="95"/>
        <source>Not chosen yet.</source>
        <translation>Henüz seçilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="97"/>
        <source>C&amp;hoose the file…</source>
        <translation>Dosyayı &amp;seç…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="105"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="106"/>
        <source>PDF &amp;password:</source>
        <translation>PDF &amp;parolası:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="107"/>
        <source>&amp;Repeat password:</source>
        <translation>Parolayı &amp;tekrarla:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="109"/>
        <source>Save to:</source>
        <translation>Kayıt yeri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="110"/>
        <source>With a password, the institution needs it to open the letter: tell it to them another way (by phone), never in the same e-mail.</source>
        <translation>Parola konulursa kurum, yazıyı açmak için bu parolaya ihtiyaç duyar: parolayı başka bir yoldan (telefonla) iletin, asla aynı e-postayla göndermeyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="114"/>
        <source>&amp;Open the letter</source>
        <translation>Yazıyı &amp;aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="119"/>
        <source>&amp;Create the PDF</source>
        <translation>PDF &amp;oluştur</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="159"/>
        <source>Include in the letter: %1</source>
        <translation>Yazıya ekle: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="164"/>
        <source>Nothing about her can go into this letter.</source>
        <translation>Danışana ilişkin hiçbir bilgi bu yazıya eklenemez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="179"/>
        <source>Save the letter as</source>
        <translation>Yazıyı farklı kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="180"/>
        <source>referral-letter.pdf</source>
        <translation>yonlendirme-yazisi.pdf</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="195"/>
        <source>A file with this name exists and will be replaced.</source>
        <translation>Bu adla bir dosya var; üzerine yazılacak.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="213"/>
        <source>PDF password: at least %1 characters, or leave it empty.</source>
        <translation>PDF parolası: en az %1 karakter olmalı ya da boş bırakın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="216"/>
        <source>PDF password: the two entries differ.</source>
        <translation>PDF parolası: iki giriş aynı değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="231"/>
        <source>Choose where to save the letter.</source>
        <translation>Yazının kaydedileceği yeri seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="54"/>
        <source>Creating the letter…</source>
        <translation>Yazı oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="245"/>
        <source>The letter was saved: %1</source>
        <translation>Yazı kaydedildi: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/letter_dialog.py" line="249"/>
        <source>Close</source>
        <translation>Kapat</translation>
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
        <location filename="../kadin_danisma/gui/main_window.py" line="241"/>
        <source>Locked.</source>
        <translation>Kilitlendi.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="26"/>
        <source>Add a protective measure</source>
        <translation>Koruyucu tedbir ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="26"/>
        <source>Edit a protective measure</source>
        <translation>Koruyucu tedbiri düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="31"/>
        <source>Type of measure</source>
        <translation>Tedbir türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="32"/>
        <source>— not stated —</source>
        <translation>— belirtilmemiş —</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="33"/>
        <source>Authority that decided</source>
        <translation>Kararı veren merci</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="34"/>
        <source>Decision date</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="35"/>
        <source>Start date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="36"/>
        <source>End date (empty when none is set)</source>
        <translation>Bitiş tarihi (belirlenmemişse boş)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="38"/>
        <source>Court or file number</source>
        <translation>Mahkeme / dosya no</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="40"/>
        <source>Status of the measure</source>
        <translation>Tedbirin durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="42"/>
        <source>Notes on the measure</source>
        <translation>Tedbire ilişkin notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="46"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="47"/>
        <source>&amp;Authority:</source>
        <translation>&amp;Merci:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="48"/>
        <source>&amp;Decided on:</source>
        <translation>&amp;Karar tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="49"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="50"/>
        <source>&amp;Ends:</source>
        <translation>Bit&amp;iş:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="51"/>
        <source>&amp;File number:</source>
        <translation>&amp;Dosya no:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="52"/>
        <source>Stat&amp;us:</source>
        <translation>D&amp;urum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="53"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="56"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="56"/>
        <source>Authority</source>
        <translation>Merci</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="57"/>
        <source>Decided on</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="58"/>
        <source>Starts</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="58"/>
        <source>Ends</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="59"/>
        <source>File number</source>
        <translation>Dosya no</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="60"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="60"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="130"/>
        <source>Measure</source>
        <translation>Tedbir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="130"/>
        <source>Authority</source>
        <translation>Merci</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="130"/>
        <source>Decided</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="130"/>
        <source>Starts</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="130"/>
        <source>Ends</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="131"/>
        <source>File number</source>
        <translation>Dosya no</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="131"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="131"/>
        <source>Violations</source>
        <translation>İhlaller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="131"/>
        <source>Protective measures</source>
        <translation>Koruyucu tedbirler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="133"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="133"/>
        <source>Reported to</source>
        <translation>Bildirildiği yer</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="133"/>
        <source>What happened</source>
        <translation>Yaşanan olay</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="134"/>
        <source>Violations of the chosen measure</source>
        <translation>Seçili tedbirin ihlalleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="135"/>
        <source>Violations of the chosen measure:</source>
        <translation>Seçili tedbirin ihlalleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="150"/>
        <source>Ne&amp;w measure…</source>
        <translation>&amp;Yeni tedbir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="152"/>
        <source>Chan&amp;ge measure…</source>
        <translation>Tedbiri &amp;düzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="155"/>
        <source>Rec&amp;ord a violation…</source>
        <translation>İ&amp;hlal kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="161"/>
        <source>Active: %1 · other: %2</source>
        <translation>Yürürlükte: %1 · diğer: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="162"/>
        <source>No protective measures recorded.</source>
        <translation>Kayıtlı koruyucu tedbir yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="167"/>
        <source>%1 (ends soon)</source>
        <translation>%1 (yakında sona eriyor)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="176"/>
        <source>Ends within %1 days: %2, on %3</source>
        <translation>%1 gün içinde sona eriyor: %2 (bitiş: %3)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="196"/>
        <source>Measure added.</source>
        <translation>Tedbir eklendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="203"/>
        <source>Measure saved.</source>
        <translation>Tedbir kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="211"/>
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
        <location filename="../kadin_danisma/gui/base/messages.py" line="81"/>
        <source>The center name is required.</source>
        <translation>Merkez adı gereklidir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="82"/>
        <source>A user with this name already exists.</source>
        <translation>Bu adla bir kullanıcı zaten var.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="83"/>
        <source>There is no such user.</source>
        <translation>Böyle bir kullanıcı yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="84"/>
        <source>This user is already disabled.</source>
        <translation>Bu kullanıcı zaten devre dışı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="85"/>
        <source>You cannot disable your own account.</source>
        <translation>Kendi hesabınızı devre dışı bırakamazsınız.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="86"/>
        <source>The last administrator cannot be disabled.</source>
        <translation>Son yönetici devre dışı bırakılamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="87"/>
        <source>Choose at least one role.</source>
        <translation>En az bir rol seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="88"/>
        <source>This user is disabled.</source>
        <translation>Bu kullanıcı devre dışı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="89"/>
        <source>The new password must differ from the current one.</source>
        <translation>Yeni parola mevcut paroladan farklı olmalı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="90"/>
        <source>The current password is wrong.</source>
        <translation>Mevcut parola yanlış.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="45"/>
        <source>The folder is not empty. Choose a new or empty folder for the vault.</source>
        <translation>Klasör boş değil. Kasa için yeni ya da boş bir klasör seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="47"/>
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
        <location filename="../kadin_danisma/gui/base/messages.py" line="135"/>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Çok fazla başarısız deneme. %1 saniye sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="138"/>
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
        <source>The vault is locked.</source>
        <translation>Kasa kilitli.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="64"/>
        <source>This record no longer exists or is not in this case.</source>
        <translation>Bu kayıt artık yok ya da bu vakaya ait değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="65"/>
        <source>This case is not assigned to you. State a reason to open it; it will be logged.</source>
        <translation>Bu vaka size atanmamış. Açmak için bir gerekçe yazın; bu kayıt altına alınır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="67"/>
        <source>State the reason in words: at least 10 characters, at most 500.</source>
        <translation>Gerekçeyi yazıyla belirtin: en az 10, en çok 500 karakter.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="69"/>
        <source>This case is under closure review or closed, so it cannot be changed.</source>
        <translation>Bu vaka kapanış incelemesinde ya da kapalı; değiştirilemez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="71"/>
        <source>She has not consented to sharing with this institution. Record her consent, or ask a supervisor to override with a reason.</source>
        <translation>Danışan bu kurumla bilgi paylaşımına onay vermemiş. Onayını kaydedin ya da bir süpervizörden gerekçeli istisna isteyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="74"/>
        <source>The shelter is full. A placement beyond capacity needs an override with a reason.</source>
        <translation>Konukevi dolu. Kapasite üstü yerleştirme için gerekçeli istisna gerekir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="76"/>
        <source>The file was not imported; nothing was written. Each problem is listed with its place.</source>
        <translation>Dosya içe aktarılmadı; hiçbir şey yazılmadı. Her sorun yeriyle birlikte listelendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="78"/>
        <source>This step is not possible in the record&apos;s current state.</source>
        <translation>Kaydın şu anki durumunda bu adım yapılamaz.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="79"/>
        <source>The encryption library is not configured safely; the vault was not opened.</source>
        <translation>Şifreleme kitaplığı güvenli biçimde yapılandırılmamış; kasa açılmadı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="91"/>
        <source>The center server cannot be reached. Check the network and try again; everything saved before is kept.</source>
        <translation>Merkez sunucusuna ulaşılamıyor. Ağ bağlantısını denetleyip yeniden deneyin; daha önce kaydedilen her şey duruyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="94"/>
        <source>The center server is busy (a colleague is saving the same record, or it took too long). Nothing was saved; try again in a moment.</source>
        <translation>Merkez sunucusu meşgul (bir meslektaşınız aynı kaydı kaydediyor ya da yanıt çok gecikti). Hiçbir şey kaydedilmedi; biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="97"/>
        <source>This server connection is not safe enough (it needs TLS with the center&apos;s certificate, your own staff login and row-level security). Nothing was sent. Ask the IT person.</source>
        <translation>Bu sunucu bağlantısı yeterince güvenli değil (merkezin sertifikasıyla TLS, kendi personel girişiniz ve satır düzeyinde güvenlik gerekir). Hiçbir şey gönderilmedi. Bilgi işlem sorumlusuna başvurun.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="100"/>
        <source>This server is not set up for Kadın Danışma, or its version differs from the app&apos;s. Ask the IT person.</source>
        <translation>Bu sunucu Kadın Danışma için kurulmamış ya da sürümü uygulamanınkinden farklı. Bilgi işlem sorumlusuna başvurun.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="103"/>
        <source>On a center server this is done by the IT person (see the server guide).</source>
        <translation>Merkez sunucusunda bunu bilgi işlem sorumlusu yapar (sunucu kılavuzuna bakın).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="105"/>
        <source>This vault was moved to the center server. Sign in to the server instead.</source>
        <translation>Bu kasa merkez sunucusuna taşındı. Bunun yerine sunucuda oturum açın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="107"/>
        <source>Change your password first: an administrator set the one you signed in with.</source>
        <translation>Önce parolanızı değiştirin: giriş yaptığınız parolayı bir yönetici belirledi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="109"/>
        <source>You cannot change your own roles. Another administrator can.</source>
        <translation>Kendi rollerinizi değiştiremezsiniz. Başka bir yönetici değiştirebilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="110"/>
        <source>Demo data goes only into a vault created as a demo vault.</source>
        <translation>Deneme verisi yalnızca deneme kasası olarak oluşturulmuş bir kasaya eklenir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="111"/>
        <source>Type at least two letters or digits.</source>
        <translation>En az iki harf ya da rakam yazın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="140"/>
        <source>Changed by %1 at %2 while you were editing. Nothing of yours was saved yet.</source>
        <translation>Siz düzenlerken %1 tarafından %2 tarihinde değiştirildi. Sizin değişikliğiniz henüz kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/messages.py" line="148"/>
        <source>Something went wrong (%1). Nothing after the last save was changed.</source>
        <translation>Bir şeyler ters gitti (%1). Son kayıttan sonra hiçbir şey değişmedi.</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="62"/>
        <source>New referral</source>
        <translation>Yeni yönlendirme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="66"/>
        <source>Search the directory by name</source>
        <translation>Rehberde ada göre ara</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="67"/>
        <source>Name, district…</source>
        <translation>Ad, ilçe…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="71"/>
        <source>Type of institution</source>
        <translation>Kurum türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="72"/>
        <source>Any type</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="77"/>
        <source>City</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="80"/>
        <source>Institutions found</source>
        <translation>Bulunan kurumlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="84"/>
        <source>Reason for the referral</source>
        <translation>Yönlendirme gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="88"/>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="105"/>
        <source>Requested service</source>
        <translation>Talep edilen hizmet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="91"/>
        <source>&amp;Find:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="93"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="95"/>
        <source>&amp;City:</source>
        <translation>İ&amp;l:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="98"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Kurum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="100"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="101"/>
        <source>Requested &amp;service:</source>
        <translation>Talep edilen &amp;hizmet:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="103"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="104"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="142"/>
        <source>%1 found</source>
        <translation>%1 kurum bulundu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="143"/>
        <source>No institution matches. Try fewer words, another type or city.</source>
        <translation>Uyan kurum yok. Daha az sözcük, başka bir tür ya da il deneyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="164"/>
        <source>choose one from the list.</source>
        <translation>listeden birini seçin.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="49"/>
        <source>New note</source>
        <translation>Yeni not</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="49"/>
        <source>Edit note (now version %1)</source>
        <translation>Notu düzenle (şu anki sürüm: %1)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="59"/>
        <source>Note type</source>
        <translation>Not türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="60"/>
        <source>Date of the contact</source>
        <translation>Görüşme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="64"/>
        <source>not stated</source>
        <translation>belirtilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="65"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="66"/>
        <source>Duration in minutes</source>
        <translation>Süre (dakika)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="67"/>
        <source>An &amp;interpreter was present</source>
        <translation>&amp;Görüşmede tercüman vardı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="68"/>
        <source>An interpreter was present</source>
        <translation>Görüşmede tercüman vardı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="69"/>
        <source>Interpreter&apos;s language</source>
        <translation>Tercümanın dili</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="71"/>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="96"/>
        <source>Interpreter&apos;s name</source>
        <translation>Tercümanın adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="72"/>
        <source>Ne&amp;ver export this note (kept out of exports and documents)</source>
        <translation>Bu notu asla dışa akta&amp;rma (dışa aktarımlara ve belgelere alınmaz)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="73"/>
        <source>Never export this note</source>
        <translation>Bu notu asla dışa aktarma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="75"/>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="97"/>
        <source>Note text</source>
        <translation>Not metni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="80"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="81"/>
        <source>&amp;Date:</source>
        <translation>T&amp;arih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="82"/>
        <source>D&amp;uration:</source>
        <translation>&amp;Süre:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="85"/>
        <source>Interpreter&apos;s na&amp;me:</source>
        <translation>Tercüma&amp;nın adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="87"/>
        <source>Note te&amp;xt:</source>
        <translation>Not &amp;metni:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="92"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="92"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="93"/>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="94"/>
        <source>Interpreter present</source>
        <translation>Tercüman vardı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="95"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="119"/>
        <source>The version saved meanwhile</source>
        <translation>Bu arada kaydedilen sürüm</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="121"/>
        <source>Save &amp;mine over it</source>
        <translation>Benimkini &amp;onun yerine kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="122"/>
        <source>&amp;Take the saved version and edit again</source>
        <translation>Kaydedilen sürümü &amp;al ve yeniden düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/note_editor.py" line="225"/>
        <source>Saved by %1 at %2 (below). Yours is above: save yours over it, or take the saved version and apply your change again.</source>
        <translation>%1 tarafından %2 tarihinde kaydedildi (aşağıda). Sizinki yukarıda: sizinkini onun yerine kaydedin ya da kaydedilen sürümü alıp değişikliğinizi yeniden yapın.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="62"/>
        <source>Notes, newest first</source>
        <translation>Notlar, en yenisi önce</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="64"/>
        <source>Show &amp;all older notes</source>
        <translation>Daha eski notların &amp;tümünü göster</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="74"/>
        <source>Ne&amp;w note… (Ctrl+N)</source>
        <translation>&amp;Yeni not… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="76"/>
        <source>Notes: %1, newest first</source>
        <translation>Notlar: %1, en yenisi önce</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="77"/>
        <source>No notes yet.</source>
        <translation>Henüz not yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="118"/>
        <source>Show &amp;all older notes (%1 more)</source>
        <translation>Daha eski notların &amp;tümünü göster (%1 not daha)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="138"/>
        <source>NEVER EXPORT</source>
        <translation>ASLA DIŞA AKTARILMAZ</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="142"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="152"/>
        <source>Hide earlier versions</source>
        <translation>Önceki sürümleri gizle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="153"/>
        <source>Earlier versions (%1)</source>
        <translation>Önceki sürümler (%1)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="158"/>
        <source>Version %1, replaced %2 by %3:</source>
        <translation>Sürüm %1; %2 tarihinde %3 tarafından değiştirildi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="176"/>
        <source>unknown author</source>
        <translation>yazarı bilinmiyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="178"/>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="180"/>
        <source>Interpreter: %1</source>
        <translation>Tercüman: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="181"/>
        <source>language not stated</source>
        <translation>dil belirtilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="186"/>
        <source>version %1 (edited)</source>
        <translation>sürüm %1 (düzenlendi)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="244"/>
        <source>Note saved.</source>
        <translation>Not kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/notes_tab.py" line="252"/>
        <source>The unfinished note was kept as a draft.</source>
        <translation>Tamamlanmamış not taslak olarak saklandı.</translation>
    </message>
</context>
<context>
    <name>OlderCopyPage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="37"/>
        <source>This is an older copy of the vault</source>
        <translation>Bu, kasanın daha eski bir kopyası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="39"/>
        <source>This vault is older than the one this computer last opened on %1. Work saved after that date is not in this copy.</source>
        <translation>Bu kasa, bu bilgisayarın %1 tarihinde en son açtığı kasadan daha eski. O tarihten sonra kaydedilen çalışmalar bu kopyada yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="42"/>
        <source>This copy of the vault has a different history</source>
        <translation>Kasanın bu kopyasının geçmişi farklı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="44"/>
        <source>This vault is not the one this computer last opened on %1: its history differs. Work saved in that copy may be missing from this one.</source>
        <translation>Bu kasa, bu bilgisayarın %1 tarihinde en son açtığı kasa değil: geçmişi farklı. O kopyada kaydedilen çalışmalar bu kopyada eksik olabilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="47"/>
        <source>If you restored a backup on purpose, continue. Otherwise lock it and find the newer copy (your IT person can help). Nothing has been changed or deleted.</source>
        <translation>Bir yedeği bilerek geri yüklediyseniz devam edin. Yoksa kasayı kilitleyin ve daha yeni kopyayı bulun (bilgi işlem sorumlunuz yardımcı olabilir). Hiçbir şey değiştirilmedi ya da silinmedi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="49"/>
        <source>For your IT person: audit log entry %1 was the last one seen here; this copy ends at entry %2.</source>
        <translation>Bilgi işlem sorumlunuz için: burada en son görülen denetim kaydı %1 numaralıydı; bu kopya %2 numaralı kayıtta bitiyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="65"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="67"/>
        <source>&amp;Continue with this copy</source>
        <translation>Bu kopyayla &amp;devam et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="68"/>
        <source>Continue with this older copy of the vault</source>
        <translation>Kasanın bu eski kopyasıyla devam et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="69"/>
        <source>&amp;Lock</source>
        <translation>&amp;Kilitle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/older_copy_page.py" line="70"/>
        <source>Lock the vault and look for the newer copy</source>
        <translation>Kasayı kilitle ve daha yeni kopyayı ara</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="46"/>
        <source>Shelter full</source>
        <translation>Konukevi dolu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="47"/>
        <source>%1 is full: %2 of %3 places are taken. To place her beyond capacity, state why (for example: the shelter has agreed to an extra bed tonight). The reason is recorded.</source>
        <translation>%1 dolu: %3 yerden %2 yer dolu. Danışanı kapasite üstü yerleştirmek için nedenini yazın (örneğin: konukevi bu gece için ek bir yatak ayırmayı kabul etti). Gerekçe kayıt altına alınır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="50"/>
        <source>Reason for placing beyond capacity</source>
        <translation>Kapasite üstü yerleştirme gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="188"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="50"/>
        <source>&amp;Place beyond capacity</source>
        <translation>&amp;Kapasite üstü yerleştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="179"/>
        <source>Override the missing consent</source>
        <translation>Eksik onaya gerekçeli istisna</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="183"/>
        <source>She has not consented to sharing with %1. You may let this referral be sent anyway (for example, a child at risk). Your reason is recorded and logged.</source>
        <translation>Danışan, %1 ile bilgi paylaşımına onay vermemiş. Bu yönlendirmenin yine de gönderilmesine izin verebilirsiniz (örneğin risk altında bir çocuk varsa). Gerekçeniz kaydedilir ve denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="185"/>
        <source>Reason for the override</source>
        <translation>İstisna gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="190"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="50"/>
        <source>Vault</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="52"/>
        <source>Signed in:</source>
        <translation>Giriş yapan:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="53"/>
        <source>Users and roles:</source>
        <translation>Kullanıcılar ve roller:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="54"/>
        <source>Role changes (7 days):</source>
        <translation>Rol değişiklikleri (7 gün):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="55"/>
        <source>Last backup:</source>
        <translation>Son yedek:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="56"/>
        <source>Audit log:</source>
        <translation>Denetim kaydı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="57"/>
        <source>Encryption:</source>
        <translation>Şifreleme:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="59"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="60"/>
        <source>&amp;Back up now…</source>
        <translation>Şimdi &amp;yedekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="61"/>
        <source>&amp;Verify vault</source>
        <translation>Kasayı &amp;doğrula</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="92"/>
        <source>Checking the audit chain…</source>
        <translation>Denetim zinciri kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="108"/>
        <source> (disabled)</source>
        <translation> (devre dışı)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="113"/>
        <source>Never backed up. Make a backup now and keep it away from this computer.</source>
        <translation>Hiç yedek alınmadı. Şimdi yedek alın ve bu bilgisayardan uzakta saklayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="118"/>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (%2 gün önce)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="120"/>
        <source>older than 7 days: back up now</source>
        <translation>7 günden eski: şimdi yedekleyin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="124"/>
        <source>Intact: %1 entries, each chained to the one before.</source>
        <translation>Sağlam: %1 kayıt, her biri bir öncekine zincirli.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="128"/>
        <source>BROKEN: the audit log was altered (%1). Tell your supervisor.</source>
        <translation>BOZUK: denetim kaydı değiştirilmiş (%1). Süpervizörünüze bildirin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="131"/>
        <source>SQLCipher %1, schema level %2, idle lock after %3 min</source>
        <translation>SQLCipher %1, şema düzeyi %2, %3 dk hareketsizlikte kilit</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="144"/>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="145"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="141"/>
        <source>vault creation</source>
        <translation>kasanın oluşturulması</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="142"/>
        <source>%1 — %2 changed %3: %4 → %5</source>
        <translation>%1 — %2, %3 kullanıcısının rollerini değiştirdi: %4 → %5</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="146"/>
        <source>No role changes in the last 7 days.</source>
        <translation>Son 7 günde rol değişikliği yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="153"/>
        <source>Save backup</source>
        <translation>Yedeği kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="154"/>
        <source>Kadın Danışma backup (*.kdbackup)</source>
        <translation>Kadın Danışma yedeği (*.kdbackup)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="158"/>
        <source>Backing up…</source>
        <translation>Yedekleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="164"/>
        <source>Backup written and checked.</source>
        <translation>Yedek yazıldı ve doğrulandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="169"/>
        <source>Backup failed: %1</source>
        <translation>Yedekleme başarısız: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="173"/>
        <source>Verifying every page and the audit chain…</source>
        <translation>Her sayfa ve denetim zinciri doğrulanıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="180"/>
        <source>Vault verified: every page authenticated, audit chain intact.</source>
        <translation>Kasa doğrulandı: her sayfa doğrulandı, denetim zinciri sağlam.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/overview_page.py" line="183"/>
        <source>Verification FAILED (%1). Restore from a backup.</source>
        <translation>Doğrulama BAŞARISIZ (%1). Yedekten geri yükleyin.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="27"/>
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="29"/>
        <source>Name:</source>
        <translation>Ad soyad:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="29"/>
        <source>Client code:</source>
        <translation>Danışan kodu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="30"/>
        <source>Born:</source>
        <translation>Doğum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="30"/>
        <source>Nationality:</source>
        <translation>Uyruk:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="31"/>
        <source>Residence status:</source>
        <translation>Göç / koruma statüsü:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="31"/>
        <source>Languages:</source>
        <translation>Konuştuğu diller:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="32"/>
        <source>Needs an interpreter for:</source>
        <translation>Tercüman ihtiyacı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="33"/>
        <source>Disability or access needs:</source>
        <translation>Engellilik ve erişilebilirlik ihtiyaçları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="34"/>
        <source>Marital status:</source>
        <translation>Medeni durum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="34"/>
        <source>Education:</source>
        <translation>Eğitim durumu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="35"/>
        <source>Employment:</source>
        <translation>Çalışma durumu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="35"/>
        <source>Income:</source>
        <translation>Gelir:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="37"/>
        <source>Intake</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="39"/>
        <source>Intake date:</source>
        <translation>Başvuru tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="39"/>
        <source>How she came:</source>
        <translation>Başvuru şekli:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="40"/>
        <source>Referred by:</source>
        <translation>Yönlendiren:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="41"/>
        <source>Her request:</source>
        <translation>Başvuru talebi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="42"/>
        <source>Violence types:</source>
        <translation>Şiddet türleri:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="43"/>
        <source>Immediate needs:</source>
        <translation>Acil ihtiyaçlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="45"/>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="47"/>
        <source>Opened:</source>
        <translation>Açılış tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="47"/>
        <source>Closed:</source>
        <translation>Kapanış tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="48"/>
        <source>Counselors:</source>
        <translation>Danışmanlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="51"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="51"/>
        <source>From</source>
        <translation>Önceki durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="51"/>
        <source>To</source>
        <translation>Yeni durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="51"/>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="51"/>
        <source>By</source>
        <translation>İşlemi yapan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="51"/>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="52"/>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="54"/>
        <source>Status history</source>
        <translation>Durum geçmişi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="71"/>
        <source>no interpreter needed</source>
        <translation>tercüman gerekmiyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="75"/>
        <source>no intake recorded</source>
        <translation>başvuru kaydı yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/overview_tab.py" line="81"/>
        <source>none assigned</source>
        <translation>atanmamış</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="164"/>
        <source>New password</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="165"/>
        <source>Repeat the new password</source>
        <translation>Yeni parolayı tekrarlayın</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="168"/>
        <source>Password requirements</source>
        <translation>Parola koşulları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="171"/>
        <source>&amp;New password:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="172"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="202"/>
        <source>Password needs: %1</source>
        <translation>Parola için gereken: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="204"/>
        <source>The two passwords do not match yet.</source>
        <translation>İki parola henüz aynı değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="206"/>
        <source>Password meets the policy.</source>
        <translation>Parola kurallara uygun.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/widgets.py" line="208"/>
        <source>At least 10 characters; not a common password; not your user name.</source>
        <translation>En az 10 karakter; yaygın bir parola olmamalı; kullanıcı adınızı içermemeli.</translation>
    </message>
</context>
<context>
    <name>PerpetratorEditor</name>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="142"/>
        <source>Selected perpetrator</source>
        <translation>Seçili şiddet uygulayan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="143"/>
        <source>(choose)</source>
        <translation>(seçin)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="146"/>
        <source>&amp;Lives with her</source>
        <translation>Danışanla birlikte &amp;yaşıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="147"/>
        <source>Perpetrator lives with her</source>
        <translation>Şiddet uygulayan danışanla birlikte yaşıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="148"/>
        <source>Has access to a &amp;weapon</source>
        <translation>Silaha &amp;erişimi var</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="149"/>
        <source>Perpetrator has access to a weapon</source>
        <translation>Şiddet uygulayanın silaha erişimi var</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="151"/>
        <source>Relation&amp;ship to her:</source>
        <translation>Da&amp;nışana yakınlığı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="152"/>
        <source>Perpetrator&apos;s relationship to her</source>
        <translation>Şiddet uygulayanın danışana yakınlığı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="153"/>
        <source>Perpetrator&apos;s na&amp;me:</source>
        <translation>Şiddet uygu&amp;layanın adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="153"/>
        <source>Perpetrator&apos;s name</source>
        <translation>Şiddet uygulayanın adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="154"/>
        <source>Perpetrator&apos;s se&amp;x:</source>
        <translation>Şiddet uygulayanın c&amp;insiyeti:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="154"/>
        <source>Perpetrator&apos;s sex</source>
        <translation>Şiddet uygulayanın cinsiyeti</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="157"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otlar:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/intake/records.py" line="157"/>
        <source>Notes on the perpetrator</source>
        <translation>Şiddet uygulayana ilişkin notlar</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="36"/>
        <source>%1 — full (%2 places)</source>
        <translation>%1 — dolu (%2 yer)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="37"/>
        <source>%1 — %2 of %3 places free</source>
        <translation>%1 — %3 yerden %2 yer boş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="143"/>
        <source>Place her in a shelter</source>
        <translation>Konukevine yerleştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="147"/>
        <source>Children going with her</source>
        <translation>Annesiyle birlikte gelen çocuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="154"/>
        <source>age %1</source>
        <translation>%1 yaşında</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="156"/>
        <source>Goes with her: %1</source>
        <translation>Annesiyle birlikte: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="162"/>
        <source>No children recorded.</source>
        <translation>Kayıtlı çocuk yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="164"/>
        <source>&amp;Shelter:</source>
        <translation>&amp;Konukevi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="165"/>
        <source>&amp;Placed on:</source>
        <translation>&amp;Yerleştirme tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="167"/>
        <source>Placed on</source>
        <translation>Yerleştirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="167"/>
        <source>Shelter</source>
        <translation>Konukevi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="186"/>
        <source>Boys older than this shelter&apos;s limit (%1): %2. The placement will be flagged; check with the shelter.</source>
        <translation>Bu konukevinin yaş sınırını (%1) aşan erkek çocuklar: %2. Yerleştirme işaretlenecek; konukeviyle görüşün.</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="285"/>
        <source>Shelter</source>
        <translation>Konukevi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="285"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="285"/>
        <source>Requested</source>
        <translation>Talep</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="285"/>
        <source>Placed</source>
        <translation>Yerleştirme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="285"/>
        <source>Ended</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="286"/>
        <source>Exit reason</source>
        <translation>Çıkış nedeni</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="286"/>
        <source>Children with her</source>
        <translation>Birlikte kalan çocuklar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="286"/>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="286"/>
        <source>Shelter placements</source>
        <translation>Konukevi yerleştirmeleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="303"/>
        <source>Ne&amp;w placement…</source>
        <translation>&amp;Yeni yerleştirme…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="305"/>
        <source>End placement, record e&amp;xit…</source>
        <translation>Yerleştirmeyi sonlandır, çıkışı &amp;kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="308"/>
        <source>Transfer t&amp;o another shelter…</source>
        <translation>Başka konukevine &amp;nakil…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="311"/>
        <source>Confirm the re&amp;quest…</source>
        <translation>Talebi &amp;onayla…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="316"/>
        <source>In %1 since %2.</source>
        <translation>%2 tarihinden beri konukevinde: %1.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="317"/>
        <source>Not in a shelter now.</source>
        <translation>Şu anda konukevinde değil.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="322"/>
        <source>Beyond capacity: %1</source>
        <translation>Kapasite üstü: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="324"/>
        <source>Boy over the age limit</source>
        <translation>Yaş sınırını aşan erkek çocuk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="326"/>
        <source>Transfer</source>
        <translation>Nakil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="357"/>
        <source>Placement recorded.</source>
        <translation>Yerleştirme kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="364"/>
        <source>Placement confirmed.</source>
        <translation>Yerleştirme onaylandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="371"/>
        <source>Placement ended.</source>
        <translation>Yerleştirme sonlandırıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="378"/>
        <source>Transfer recorded.</source>
        <translation>Nakil kaydedildi.</translation>
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
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="171"/>
        <source>&amp;Save the sheet as PDF…</source>
        <translation>Belgeyi PDF olarak &amp;kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="172"/>
        <source>Save the recovery sheet as a PDF file</source>
        <translation>Kurtarma belgesini PDF dosyası olarak kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="183"/>
        <source>Save the recovery sheet</source>
        <translation>Kurtarma belgesini kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="156"/>
        <source>Writing the sheet…</source>
        <translation>Belge yazılıyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/account_dialogs.py" line="202"/>
        <source>Sheet saved as %1. Print it, then delete the file.</source>
        <translation>Belge %1 olarak kaydedildi. Yazdırın, ardından dosyayı silin.</translation>
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
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="322"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="322"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="322"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="322"/>
        <source>Created</source>
        <translation>Oluşturma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="322"/>
        <source>Sent</source>
        <translation>Gönderim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="323"/>
        <source>Answered</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="323"/>
        <source>Closed</source>
        <translation>Kapanış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="323"/>
        <source>Consent override</source>
        <translation>Onay istisnası</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="323"/>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="328"/>
        <source>The selected referral and its events</source>
        <translation>Seçili yönlendirme ve süreç adımları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="329"/>
        <source>Select a referral to see its reason and events.</source>
        <translation>Gerekçesini ve süreç adımlarını görmek için bir yönlendirme seçin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="340"/>
        <source>Ne&amp;w referral…</source>
        <translation>&amp;Yeni yönlendirme…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="342"/>
        <source>&amp;Change status…</source>
        <translation>&amp;Durumu değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="348"/>
        <source>Open: %1 · all: %2</source>
        <translation>Açık: %1 · tümü: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="349"/>
        <source>No referrals yet.</source>
        <translation>Henüz yönlendirme yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="353"/>
        <source>overridden</source>
        <translation>istisna tanındı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="374"/>
        <source>O&amp;verride with a reason…</source>
        <translation>Gerekçeyle &amp;istisna tanı…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="376"/>
        <source>Letter as &amp;PDF…</source>
        <translation>Yönlendirme yazısı (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="400"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="400"/>
        <source>Requested service</source>
        <translation>Talep edilen hizmet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="401"/>
        <source>Reason for the rejection</source>
        <translation>Ret gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="401"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="402"/>
        <source>Consent overridden by a supervisor</source>
        <translation>Onay için süpervizör istisnası tanındı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="405"/>
        <source>Events:</source>
        <translation>Süreç adımları:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="424"/>
        <source>Referral saved as a draft. Send it with Change status once she has consented.</source>
        <translation>Yönlendirme taslak olarak kaydedildi. Danışan onay verdiğinde Durumu değiştir ile gönderin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="434"/>
        <source>Referral status changed.</source>
        <translation>Yönlendirme durumu değiştirildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="444"/>
        <source>Override recorded; the referral may now be sent.</source>
        <translation>İstisna kaydedildi; yönlendirme artık gönderilebilir.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="118"/>
        <source>Reopen the case</source>
        <translation>Vakayı yeniden aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="121"/>
        <source>Reason for reopening</source>
        <translation>Yeniden açma gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="124"/>
        <source>&amp;Reason for reopening:</source>
        <translation>Yeniden açma &amp;gerekçesi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="127"/>
        <source>The case becomes active again and its counselor can work on it. The reason is kept in the case&apos;s history.</source>
        <translation>Vaka yeniden etkin olur ve danışmanı üzerinde çalışabilir. Gerekçe vakanın geçmişinde saklanır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="129"/>
        <source>Re&amp;open</source>
        <translation>&amp;Yeniden aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/closure_dialogs.py" line="130"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
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
        <source>%1 waiting.</source>
        <translation>%1 talep bekliyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="94"/>
        <source>No closures are waiting for your review.</source>
        <translation>İncelemenizi bekleyen kapanış yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="124"/>
        <source>Reason: %1</source>
        <translation>Gerekçe: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="125"/>
        <source>Requested by %1 on %2</source>
        <translation>%2 tarihinde %1 tarafından talep edildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="136"/>
        <source>Closure approved: the case is closed.</source>
        <translation>Kapanış onaylandı: vaka kapatıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/review_page.py" line="137"/>
        <source>Closure returned to the counselor.</source>
        <translation>Kapanış danışmana geri gönderildi.</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="35"/>
        <source>New risk assessment</source>
        <translation>Yeni risk değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="38"/>
        <source>Date of the assessment</source>
        <translation>Değerlendirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="39"/>
        <source>Risk indicators</source>
        <translation>Tehlike göstergeleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="43"/>
        <source>Risk level</source>
        <translation>Risk düzeyi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="46"/>
        <source>Reason for the chosen level</source>
        <translation>Seçilen düzeyin gerekçesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="52"/>
        <source>Indicators present</source>
        <translation>Mevcut göstergeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="56"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="58"/>
        <source>Suggested level:</source>
        <translation>Önerilen düzey:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="60"/>
        <source>&amp;Level:</source>
        <translation>&amp;Düzey:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="61"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="64"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="65"/>
        <source>Indicators</source>
        <translation>Göstergeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="66"/>
        <source>Level</source>
        <translation>Düzey</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="66"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="82"/>
        <source>Suggested level: %1</source>
        <translation>Önerilen düzey: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="93"/>
        <source>The level differs from the suggestion: say why in the reason (required).</source>
        <translation>Düzey öneriden farklı: nedenini gerekçe alanına yazın (zorunlu).</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="54"/>
        <source>counselor</source>
        <translation>danışman</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="55"/>
        <source>supervisor</source>
        <translation>süpervizör</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/labels.py" line="56"/>
        <source>admin</source>
        <translation>yönetici</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="20"/>
        <source>Review the safety plan</source>
        <translation>Güvenlik planını gözden geçir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="22"/>
        <source>Date of the review</source>
        <translation>Gözden geçirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="23"/>
        <source>Safety plan steps</source>
        <translation>Güvenlik planı adımları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="26"/>
        <source>Safety plan in her words</source>
        <translation>Kendi ifadesiyle güvenlik planı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="28"/>
        <source>Steps in place</source>
        <translation>Tamamlanan adımlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="32"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="33"/>
        <source>&amp;Plan in her words:</source>
        <translation>Kendi ifadesiyle &amp;plan:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="36"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="36"/>
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="37"/>
        <source>Plan in her words</source>
        <translation>Kendi ifadesiyle plan</translation>
    </message>
</context>
<context>
    <name>SafetyPlanTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="58"/>
        <source>Current plan</source>
        <translation>Güncel plan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="62"/>
        <source>Reviewed</source>
        <translation>Gözden geçirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="62"/>
        <source>By</source>
        <translation>Gözden geçiren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="62"/>
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="62"/>
        <source>In her words</source>
        <translation>Kendi ifadesiyle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="63"/>
        <source>Earlier safety plans</source>
        <translation>Önceki güvenlik planları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="64"/>
        <source>Earlier reviews</source>
        <translation>Önceki gözden geçirmeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="73"/>
        <source>Revie&amp;w safety plan…</source>
        <translation>Güvenlik planını gö&amp;zden geçir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="77"/>
        <source>No safety plan yet.</source>
        <translation>Henüz güvenlik planı yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="82"/>
        <source>Reviewed on %1 by %2</source>
        <translation>%1 tarihinde %2 tarafından gözden geçirildi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="85"/>
        <source>No steps ticked.</source>
        <translation>İşaretli adım yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/safety_plan_tab.py" line="99"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="53"/>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="230"/>
        <source>Center name</source>
        <translation>Merkez adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="66"/>
        <source>Idle lock minutes</source>
        <translation>Hareketsizlik kilidi (dakika)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="68"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="69"/>
        <source>&amp;Save settings</source>
        <translation>Ayarları &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="145"/>
        <source>&amp;New recovery key…</source>
        <translation>Yeni &amp;kurtarma anahtarı…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="74"/>
        <source>&amp;Center name:</source>
        <translation>&amp;Merkez adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="56"/>
        <source>Letterhead lines</source>
        <translation>Antet satırları</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="58"/>
        <source>Address, phone, e-mail: one per line</source>
        <translation>Adres, telefon, e-posta: her satıra bir tane</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="62"/>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="231"/>
        <source>Case number prefix</source>
        <translation>Vaka numarası öneki</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="72"/>
        <source>This center (for everyone, recorded in the audit log)</source>
        <translation>Bu merkez (herkes için geçerli, denetim kaydına yazılır)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="75"/>
        <source>Lette&amp;rhead:</source>
        <translation>&amp;Antet:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="76"/>
        <source>Case number &amp;prefix:</source>
        <translation>Vaka no ö&amp;neki:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="78"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Hareketsizlikte kilitle:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="89"/>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="93"/>
        <source>Text size</source>
        <translation>Yazı boyutu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="94"/>
        <source>Default</source>
        <translation>Varsayılan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="96"/>
        <source>%1 pt</source>
        <translation>%1 punto</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="99"/>
        <source>This computer (applies at once; not stored in the vault)</source>
        <translation>Bu bilgisayar (hemen uygulanır; kasada saklanmaz)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="101"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="102"/>
        <source>&amp;Text size:</source>
        <translation>Yazı &amp;boyutu:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="108"/>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="276"/>
        <source>Backup folder</source>
        <translation>Yedek klasörü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="109"/>
        <source>No folder chosen yet</source>
        <translation>Henüz klasör seçilmedi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="110"/>
        <source>C&amp;hoose folder…</source>
        <translation>Klasör &amp;seç…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="111"/>
        <source>Choose the backup folder</source>
        <translation>Yedek klasörünü seçin</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="112"/>
        <source>&amp;Back up now</source>
        <translation>Şimdi &amp;yedekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="113"/>
        <source>Verif&amp;y the backup…</source>
        <translation>Yedeği doğr&amp;ula…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="116"/>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="125"/>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="130"/>
        <source>Backup &amp;folder:</source>
        <translation>Yedek k&amp;lasörü:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="131"/>
        <source>Last backup:</source>
        <translation>Son yedek:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="142"/>
        <source>Check the &amp;audit chain and every page</source>
        <translation>Denetim &amp;zincirini ve her sayfayı kontrol et</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="146"/>
        <source>Integrity and recovery</source>
        <translation>Bütünlük ve kurtarma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="154"/>
        <source>A new recovery key makes the old one useless. Do this if the printed key was lost or seen by someone who should not have it.</source>
        <translation>Yeni bir kurtarma anahtarı eskisini geçersiz kılar. Basılı anahtar kaybolduysa ya da görmemesi gereken biri gördüyse bunu yapın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="194"/>
        <source>New cases will be numbered like %1; existing numbers stay.</source>
        <translation>Yeni vakalar %1 biçiminde numaralanacak; mevcut numaralar değişmez.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="224"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="230"/>
        <source>Letterhead</source>
        <translation>Antet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="231"/>
        <source>Lock after idle</source>
        <translation>Hareketsizlikte kilitle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="244"/>
        <source>Settings saved.</source>
        <translation>Ayarlar kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="262"/>
        <source>Language saved for this computer. Lock and sign in again to see every screen in it.</source>
        <translation>Dil bu bilgisayar için kaydedildi. Tüm ekranları bu dilde görmek için kilitleyip yeniden giriş yapın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="270"/>
        <source>Text size saved for this computer.</source>
        <translation>Yazı boyutu bu bilgisayar için kaydedildi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="284"/>
        <source>Backups will be written to this folder.</source>
        <translation>Yedekler bu klasöre yazılacak.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="310"/>
        <source>Copying and checking the encrypted vault…</source>
        <translation>Şifreli kasa kopyalanıyor ve kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="318"/>
        <source>Backup written and checked: %1. Keep it away from this computer.</source>
        <translation>Yedek yazıldı ve doğrulandı: %1. Bu bilgisayardan uzakta saklayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="324"/>
        <source>Backup failed: %1</source>
        <translation>Yedekleme başarısız: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="336"/>
        <source>Never</source>
        <translation>Hiç alınmadı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="338"/>
        <source>This vault has never been backed up. Make a backup now and keep it away from this computer.</source>
        <translation>Bu kasanın hiç yedeği alınmadı. Şimdi yedek alın ve bu bilgisayardan uzakta saklayın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="343"/>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (%2 gün önce)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="346"/>
        <source>The last backup is older than %1 days. Back up now: a lost or broken computer would take everything since then with it.</source>
        <translation>Son yedek %1 günden eski. Şimdi yedekleyin: kaybolan ya da bozulan bir bilgisayar, o tarihten bu yana kaydedilen her şeyi de götürür.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="362"/>
        <source>The backup opens with your password and passed every check.</source>
        <translation>Yedek parolanızla açılıyor ve tüm kontrollerden geçti.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="365"/>
        <source>The backup FAILED its checks (%1). Make a new one.</source>
        <translation>Yedek kontrollerden GEÇEMEDİ (%1). Yeni bir yedek alın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="372"/>
        <source>Checking every page and the audit chain…</source>
        <translation>Her sayfa ve denetim zinciri kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="382"/>
        <source>Vault verified: every page authenticated, audit chain intact (%1).</source>
        <translation>Kasa doğrulandı: her sayfa doğrulandı, denetim zinciri sağlam (%1).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="386"/>
        <source>Verification FAILED (%1). Restore from a backup.</source>
        <translation>Doğrulama BAŞARISIZ (%1). Yedekten geri yükleyin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="397"/>
        <source>Making a new recovery key…</source>
        <translation>Yeni kurtarma anahtarı oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/settings_page.py" line="403"/>
        <source>A new recovery key was made; the old one no longer works.</source>
        <translation>Yeni kurtarma anahtarı oluşturuldu; eskisi artık çalışmıyor.</translation>
    </message>
</context>
<context>
    <name>ShelterChoiceDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="92"/>
        <source>Shelter</source>
        <translation>Konukevi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="93"/>
        <source>Date placed</source>
        <translation>Yerleştirme tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="99"/>
        <source>Loading the shelters…</source>
        <translation>Konukevleri yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="109"/>
        <source>No shelter is in the registry.</source>
        <translation>Listede kayıtlı konukevi yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="128"/>
        <source>This shelter is full: placing her needs an override with a reason.</source>
        <translation>Bu konukevi dolu: yerleştirme için gerekçeli istisna gerekir.</translation>
    </message>
</context>
<context>
    <name>ShelterDetailsDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="54"/>
        <source>Shelter details</source>
        <translation>Konukevi bilgileri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="58"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>&amp;Adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="63"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="63"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="63"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="64"/>
        <source>&amp;City:</source>
        <translation>İ&amp;l:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="64"/>
        <source>City</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="64"/>
        <source>C&amp;apacity:</source>
        <translation>&amp;Kapasite:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="64"/>
        <source>Capacity</source>
        <translation>Kapasite</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="65"/>
        <source>&amp;Boys&apos; age limit:</source>
        <translation>&amp;Erkek çocuk yaş sınırı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="65"/>
        <source>Boys&apos; age limit</source>
        <translation>Erkek çocuk yaş sınırı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="66"/>
        <source>Accessi&amp;ble:</source>
        <translation>Erişile&amp;bilir:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="66"/>
        <source>Accessible</source>
        <translation>Erişilebilir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="67"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="67"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="68"/>
        <source>Contact &amp;person:</source>
        <translation>İ&amp;rtibat kişisi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="68"/>
        <source>Contact person</source>
        <translation>İrtibat kişisi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="69"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="69"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="82"/>
        <source>Contact details are confidential: do not pass them on to anyone who does not need them. Viewing them is recorded.</source>
        <translation>İletişim bilgileri gizlidir: ihtiyacı olmayan hiç kimseye iletmeyin. Bu bilgilerin görüntülenmesi kayıt altına alınır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="93"/>
        <source>no limit</source>
        <translation>sınır yok</translation>
    </message>
</context>
<context>
    <name>ShelterDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="116"/>
        <source>Add a shelter</source>
        <translation>Konukevi ekle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="116"/>
        <source>Edit a shelter</source>
        <translation>Konukevini düzenle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="123"/>
        <source>Shelter name</source>
        <translation>Konukevi adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="124"/>
        <source>Type of shelter</source>
        <translation>Konukevi türü</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="126"/>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="161"/>
        <source>City</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="129"/>
        <source>Capacity (women)</source>
        <translation>Kapasite (kadın)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="132"/>
        <source>no limit</source>
        <translation>sınır yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="134"/>
        <source>Boys&apos; age limit (years)</source>
        <translation>Erkek çocuk yaş sınırı (yıl)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="135"/>
        <source>&amp;Wheelchair accessible</source>
        <translation>Tekerlekli sandalyeye &amp;uygun</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="136"/>
        <source>Acti&amp;ve (offered for placements)</source>
        <translation>Etki&amp;n (yerleştirmelerde sunulur)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="138"/>
        <source>Wheelchair accessible</source>
        <translation>Tekerlekli sandalyeye uygun</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="139"/>
        <source>Active (offered for placements)</source>
        <translation>Etkin (yerleştirmelerde sunulur)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="141"/>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="163"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="143"/>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="164"/>
        <source>Contact person</source>
        <translation>İrtibat kişisi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="145"/>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="165"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="149"/>
        <source>&amp;Name:</source>
        <translation>&amp;Adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="150"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="151"/>
        <source>&amp;City:</source>
        <translation>İ&amp;l:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="152"/>
        <source>C&amp;apacity:</source>
        <translation>&amp;Kapasite:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="153"/>
        <source>&amp;Boys&apos; age limit:</source>
        <translation>&amp;Erkek çocuk yaş sınırı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="156"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="157"/>
        <source>Contact &amp;person:</source>
        <translation>İ&amp;rtibat kişisi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="158"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="160"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="160"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="161"/>
        <source>Capacity</source>
        <translation>Kapasite</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="162"/>
        <source>Boys&apos; age limit</source>
        <translation>Erkek çocuk yaş sınırı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="168"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
</context>
<context>
    <name>SheltersPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="214"/>
        <source>Shelters</source>
        <translation>Konukevleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="219"/>
        <source>Shelter</source>
        <translation>Konukevi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="219"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="219"/>
        <source>City</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="219"/>
        <source>Capacity</source>
        <translation>Kapasite</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="220"/>
        <source>Occupied</source>
        <translation>Dolu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="220"/>
        <source>Free</source>
        <translation>Boş</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="220"/>
        <source>Boys&apos; age limit</source>
        <translation>Erkek çocuk yaş sınırı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="221"/>
        <source>Accessible</source>
        <translation>Erişilebilir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="221"/>
        <source>Shelter registry</source>
        <translation>Konukevi listesi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="222"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="223"/>
        <source>Refresh the shelter registry</source>
        <translation>Konukevi listesini yenile</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="233"/>
        <source>Cont&amp;act details…</source>
        <translation>İletişim &amp;bilgileri…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="235"/>
        <source>Show the chosen shelter&apos;s contact details</source>
        <translation>Seçili konukevinin iletişim bilgilerini göster</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="239"/>
        <source>Add s&amp;helter…</source>
        <translation>Konukevi &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="242"/>
        <source>&amp;Edit shelter…</source>
        <translation>Konukevini &amp;düzenle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="269"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="280"/>
        <source>0 — full</source>
        <translation>0 — dolu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="283"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="290"/>
        <source>%1 shelters · %2 of %3 places free · %4 full</source>
        <translation>%1 konukevi · %3 yerden %2 yer boş · %4 dolu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="293"/>
        <source>No shelter is in the registry.</source>
        <translation>Listede kayıtlı konukevi yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/shelters_page.py" line="345"/>
        <source>Shelter saved.</source>
        <translation>Konukevi kaydedildi.</translation>
    </message>
</context>
<context>
    <name>StatedReasonDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/base/reason_dialog.py" line="31"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/base/reason_dialog.py" line="42"/>
        <source>At least %1 characters.</source>
        <translation>En az %1 karakter.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="210"/>
        <source>Change the referral&apos;s status</source>
        <translation>Yönlendirmenin durumunu değiştir</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="215"/>
        <source>%1 — now: %2</source>
        <translation>%1 — şu anki durum: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="219"/>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="246"/>
        <source>New status</source>
        <translation>Yeni durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="224"/>
        <source>Date of this step</source>
        <translation>Bu adımın tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="225"/>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="247"/>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="229"/>
        <source>New &amp;status:</source>
        <translation>Yeni &amp;durum:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="230"/>
        <source>&amp;On:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="234"/>
        <source>Go to consents and &amp;record hers…</source>
        <translation>Onaylara git ve onayını &amp;kaydet…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="237"/>
        <source>O&amp;verride with a reason…</source>
        <translation>Gerekçeyle &amp;istisna tanı…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="246"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="265"/>
        <source>Reason for the re&amp;jection (required):</source>
        <translation>&amp;Ret gerekçesi (zorunlu):</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="266"/>
        <source>Out&amp;come:</source>
        <translation>&amp;Sonuç:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/referrals_tab.py" line="266"/>
        <source>Co&amp;mment:</source>
        <translation>&amp;Açıklama:</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="202"/>
        <source>Transfer to another shelter</source>
        <translation>Başka konukevine nakil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="205"/>
        <source>She leaves %1 (exit reason: transferred); the same children go with her.</source>
        <translation>Ayrıldığı konukevi: %1 (çıkış nedeni: nakil); aynı çocuklar annesiyle birlikte gider.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="208"/>
        <source>&amp;New shelter:</source>
        <translation>&amp;Yeni konukevi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="209"/>
        <source>&amp;Transferred on:</source>
        <translation>&amp;Nakil tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/placements_tab.py" line="211"/>
        <source>Transferred on</source>
        <translation>Nakil tarihi</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="63"/>
        <source>Kadın Danışma</source>
        <translation>Kadın Danışma</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="64"/>
        <source>The vault is locked. Sign in to continue.</source>
        <translation>Kasa kilitli. Devam etmek için giriş yapın.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="72"/>
        <source>Unlock status</source>
        <translation>Kilit açma durumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="81"/>
        <source>A&amp;bout…</source>
        <translation>&amp;Hakkında…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="82"/>
        <source>About Kadın Danışma: version, licences, data location</source>
        <translation>Kadın Danışma hakkında: sürüm, lisanslar, veri konumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="120"/>
        <source>Sign in to</source>
        <translation>Oturum açılacak yer</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="121"/>
        <source>This computer&apos;s vault</source>
        <translation>Bu bilgisayardaki kasa</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="122"/>
        <source>The center server</source>
        <translation>Merkez sunucusu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="124"/>
        <source>Center server address</source>
        <translation>Merkez sunucusunun adresi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="126"/>
        <source>Ser&amp;ver address:</source>
        <translation>Su&amp;nucu adresi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="129"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="130"/>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="131"/>
        <source>&amp;Unlock</source>
        <translation>Kilidi &amp;aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="133"/>
        <source>Use the &amp;recovery key…</source>
        <translation>Kurtarma anahtarını k&amp;ullan…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="135"/>
        <source>Sign &amp;in to:</source>
        <translation>&amp;Oturum açılacak yer:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="137"/>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="138"/>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="170"/>
        <source>Enter your user name and password.</source>
        <translation>Kullanıcı adınızı ve parolanızı girin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="172"/>
        <source>Unlocking… (deriving the key takes a moment)</source>
        <translation>Kilit açılıyor… (anahtar türetme biraz sürer)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="176"/>
        <source>Enter the center server&apos;s address (the IT person gives it).</source>
        <translation>Merkez sunucusunun adresini girin (bilgi işlem sorumlusu verir).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="204"/>
        <source>Type the 48-digit recovery key printed when the vault was created. Each group of six digits is checked as you type.</source>
        <translation>Kasa oluşturulurken verilen 48 haneli kurtarma anahtarını yazın. Altı rakamlık her grup, siz yazarken kontrol edilir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="207"/>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="212"/>
        <source>Unlock with recovery &amp;key</source>
        <translation>Kurtarma &amp;anahtarıyla aç</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="214"/>
        <source>&amp;Back to password</source>
        <translation>&amp;Parolaya dön</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="244"/>
        <source>Group %1 is not right: check it.</source>
        <translation>%1. grup doğru değil: kontrol edin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="246"/>
        <source>All eight groups look right.</source>
        <translation>Sekiz grubun hepsi doğru görünüyor.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="249"/>
        <source>%1 of 8 groups typed.</source>
        <translation>8 gruptan %1 tanesi yazıldı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/unlock/unlock_page.py" line="256"/>
        <source>Checking the recovery key…</source>
        <translation>Kurtarma anahtarı kontrol ediliyor…</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="59"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="59"/>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="59"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="59"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="74"/>
        <source>disabled</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="75"/>
        <source>must change password</source>
        <translation>parolasını değiştirmeli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="75"/>
        <source>active</source>
        <translation>etkin</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="90"/>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="96"/>
        <source>&amp;Add user…</source>
        <translation>Kullanıcı &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="97"/>
        <source>&amp;Reset password…</source>
        <translation>Parolayı &amp;sıfırla…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="98"/>
        <source>&amp;Disable user…</source>
        <translation>Kullanıcıyı &amp;devre dışı bırak…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="107"/>
        <source>Each user has her own password. Disabling a user removes her key: her password no longer opens the vault. Every change here is recorded in the audit log.</source>
        <translation>Her kullanıcının kendi parolası vardır. Bir kullanıcıyı devre dışı bırakmak anahtarını siler: parolası artık kasayı açmaz. Buradaki her değişiklik denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="146"/>
        <source>User added.</source>
        <translation>Kullanıcı eklendi.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="154"/>
        <source>Password reset for %1.</source>
        <translation>%1 için parola sıfırlandı.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="161"/>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="173"/>
        <source>Disable user</source>
        <translation>Kullanıcıyı devre dışı bırak</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="164"/>
        <source>Disable %1? Her password will no longer open the vault.</source>
        <translation>%1 devre dışı bırakılsın mı? Parolası artık kasayı açmayacak.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/admin/users_page.py" line="175"/>
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
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="95"/>
        <source>Record a violation</source>
        <translation>İhlal kaydet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="98"/>
        <source>A violation of: %1</source>
        <translation>İhlal edilen tedbir: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="99"/>
        <source>Date of the violation</source>
        <translation>İhlal tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="101"/>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="112"/>
        <source>What happened</source>
        <translation>Yaşanan olay</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="105"/>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="113"/>
        <source>Reported to</source>
        <translation>Bildirildiği yer</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="107"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="108"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Yaşanan olay:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="109"/>
        <source>&amp;Reported to:</source>
        <translation>&amp;Bildirildiği yer:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/measures_tab.py" line="111"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
</context>
<context>
    <name>ViolenceRiskTab</name>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="108"/>
        <source>Reported at intake</source>
        <translation>Başvuruda bildirilenler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="111"/>
        <source>Relationship</source>
        <translation>Yakınlığı</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="111"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="111"/>
        <source>Sex</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="111"/>
        <source>Lives with her</source>
        <translation>Danışanla yaşıyor</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="112"/>
        <source>Weapon access</source>
        <translation>Silaha erişim</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="112"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="112"/>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="113"/>
        <source>Perpetrators</source>
        <translation>Şiddet uygulayanlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="116"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="116"/>
        <source>Level</source>
        <translation>Düzey</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="116"/>
        <source>Suggested</source>
        <translation>Önerilen</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="116"/>
        <source>Indicators</source>
        <translation>Göstergeler</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="116"/>
        <source>Assessor</source>
        <translation>Değerlendiren</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="117"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="117"/>
        <source>Risk assessments, newest first</source>
        <translation>Risk değerlendirmeleri, en yenisi önce</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="123"/>
        <source>Risk assessments</source>
        <translation>Risk değerlendirmeleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="134"/>
        <source>New risk &amp;assessment…</source>
        <translation>&amp;Yeni risk değerlendirmesi…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="139"/>
        <source>No intake recorded.</source>
        <translation>Başvuru kaydı yok.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="142"/>
        <source>Violence types: %1</source>
        <translation>Şiddet türleri: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="143"/>
        <source>none recorded</source>
        <translation>kayıt yok</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="145"/>
        <source>Frequency: %1</source>
        <translation>Sıklık: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="147"/>
        <source>Last incident: %1</source>
        <translation>Son olay: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="148"/>
        <source>Police before: %1 · Court before: %2</source>
        <translation>Daha önce kolluğa başvuru: %1 · Yargıya başvuru: %2</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/risk_tab.py" line="168"/>
        <source>Risk assessment saved.</source>
        <translation>Risk değerlendirmesi kaydedildi.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="63"/>
        <source>Withdraw a consent</source>
        <translation>Onayı geri al</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="66"/>
        <source>She withdraws: %1 (given %2). The record stays, marked withdrawn.</source>
        <translation>Danışan onayını geri alıyor: %1 (veriliş: %2). Kayıt silinmez, geri alındı olarak işaretlenir.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="68"/>
        <source>Date withdrawn</source>
        <translation>Geri alınma tarihi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="70"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Geri alınma tarihi:</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/case/consents_tab.py" line="72"/>
        <source>Withdrawn on</source>
        <translation>Geri alınma tarihi</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="71"/>
        <source>Change &amp;my password…</source>
        <translation>Parolamı &amp;değiştir…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="72"/>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>&amp;Kilitle (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="73"/>
        <source>Lock the vault</source>
        <translation>Kasayı kilitle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="77"/>
        <source>Signed in as</source>
        <translation>Giriş yapan</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="81"/>
        <source>&amp;Privacy mode (F9)</source>
        <translation>Gizlilik &amp;modu (F9)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="84"/>
        <source>Privacy mode: hide client names in lists</source>
        <translation>Gizlilik modu: listelerde danışan adlarını gizle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="88"/>
        <source>New &amp;intake…</source>
        <translation>Yeni &amp;başvuru…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="89"/>
        <source>New intake (Ctrl+Shift+N)</source>
        <translation>Yeni başvuru (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="98"/>
        <source>A&amp;bout…</source>
        <translation>&amp;Hakkında…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="99"/>
        <source>About Kadın Danışma: version, licences, data location</source>
        <translation>Kadın Danışma hakkında: sürüm, lisanslar, veri konumu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="109"/>
        <source>%1 failed sign-in attempt(s) on your account since your last sign-in. If that was not you, tell your administrator.</source>
        <translation>Son girişinizden bu yana hesabınızda %1 başarısız giriş denemesi oldu. Bu siz değilseniz yöneticinize bildirin.</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="114"/>
        <source>&amp;Restore</source>
        <translation>&amp;Geri yükle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="115"/>
        <source>Restore unsaved work</source>
        <translation>Kaydedilmemiş çalışmayı geri yükle</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="116"/>
        <source>&amp;Discard</source>
        <translation>Si&amp;l</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="117"/>
        <source>Discard unsaved work</source>
        <translation>Kaydedilmemiş çalışmayı sil</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="135"/>
        <source>&amp;Dashboard</source>
        <translation>Gösterge &amp;paneli</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="139"/>
        <source>&amp;Cases</source>
        <translation>&amp;Vakalar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="144"/>
        <source>Shel&amp;ters</source>
        <translation>Konuk&amp;evleri</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="148"/>
        <source>Review &amp;queue</source>
        <translation>İ&amp;nceleme kuyruğu</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="153"/>
        <source>&amp;Overview</source>
        <translation>&amp;Genel bakış</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="153"/>
        <source>&amp;Vault</source>
        <translation>Ka&amp;sa</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="160"/>
        <source>&amp;Users</source>
        <translation>K&amp;ullanıcılar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="161"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ayarlar</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="163"/>
        <source>Director&amp;y</source>
        <translation>Kurum &amp;rehberi</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="184"/>
        <source>Could not keep a draft: %1</source>
        <translation>Taslak saklanamadı: %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="217"/>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="218"/>
        <source>Close this tab (Ctrl+W)</source>
        <translation>Bu sekmeyi kapat (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="232"/>
        <source>Case…</source>
        <translation>Vaka…</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="232"/>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="243"/>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="244"/>
        <source>Case %1</source>
        <translation>Vaka %1</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="266"/>
        <source>New intake</source>
        <translation>Yeni başvuru</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="298"/>
        <source>Draft kept (encrypted) at %1.</source>
        <translation>Taslak şifreli olarak saklandı (saat %1).</translation>
    </message>
    <message>
        <location filename="../kadin_danisma/gui/workspace/workspace.py" line="311"/>
        <source>You have %1 unsaved piece(s) of work from an earlier session (kept encrypted). Restore to continue, or discard.</source>
        <translation>Önceki bir oturumdan kalan %1 kaydedilmemiş çalışmanız var (şifreli olarak saklanıyor). Devam etmek için geri yükleyin ya da silin.</translation>
    </message>
</context>
<context>
    <name>YearSpinBox</name>
    <message>
        <location filename="../kadin_danisma/gui/base/forms.py" line="168"/>
        <source>Year, four digits; leave empty if not known.</source>
        <translation>Yıl, dört haneli; bilinmiyorsa boş bırakın.</translation>
    </message>
</context>
</TS>
