<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ActionEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>Baş&amp;lık:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Hedef:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose another building block or condition to move the action there (Ctrl+Shift+M in the table)</source>
        <translation>Eylemi oraya taşımak için başka bir yapı taşı ya da koşul seçin (tabloda Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Building block or condition:</source>
        <translation>Yapı taşı ya da koşul:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>&amp;Açıklama:</translation>
    </message>
    <message>
        <source>Target group&amp;s:</source>
        <translation>Hedef gr&amp;uplar:</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation>Bir kurum seçin veya yeni bir kurum adı yazın</translation>
    </message>
    <message>
        <source>Le&amp;ad:</source>
        <translation>&amp;Sorumlu:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Paydaşlar:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(belirtilmedi)</translation>
    </message>
    <message>
        <source>What the municipality itself does in this action: answers for it in full, co-ordinates the partners, or influences others who deliver it</source>
        <translation>Belediyenin bu eylemde kendisinin ne yaptığı: tümüyle sorumludur, paydaşları eşgüdümler ya da eylemi yürütenleri etkiler</translation>
    </message>
    <message>
        <source>Municipality&apos;s o&amp;wn role:</source>
        <translation>Belediyenin kendi r&amp;olü:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Tarihl&amp;er:</translation>
    </message>
    <message>
        <source>1 = highest priority, 5 = lowest</source>
        <translation>1 = en yüksek öncelik, 5 = en düşük öncelik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Tamamlanma</translation>
    </message>
    <message>
        <source>Status, priorit&amp;y, complete:</source>
        <translation>Durum, ön&amp;celik, tamamlanma:</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation>Temel özellikler</translation>
    </message>
    <message>
        <source>&amp;Key features:</source>
        <translation>Te&amp;mel özellikler:</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation>Kılavuz alanları</translation>
    </message>
    <message>
        <source>G&amp;uideline areas:</source>
        <translation>&amp;Kılavuz alanları:</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>Kilometre ta&amp;şları:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Bütçe:</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>G&amp;östergeler:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <source>&amp;Risks:</source>
        <translation>&amp;Riskler:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an action to edit it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Burada düzenlemek için bir eylem seçin.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation>(hedef yok)</translation>
    </message>
    <message numerus="yes">
        <source>From the idea “%1” (%n dot(s))</source>
        <translation>
            <numerusform>“%1” fikrinden (%n nokta)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bütçe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>Tamamlanma (%)</translation>
    </message>
</context>
<context>
    <name>AreaBars</name>
    <message>
        <source>Actions and spending per area</source>
        <translation>Alanlara göre eylemler ve harcama</translation>
    </message>
    <message>
        <source>%1: %2; spent %3 of %4</source>
        <translation>%1: %2; %4 bütçenin %3 kadarı harcandı</translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation>Duruma göre eylemler</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>Planlanandan harcanan</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>AreaButton</name>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n hedef</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n eylem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation>
            <numerusform>⚠ %n eksik</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation>Durum tespiti: %1</translation>
    </message>
    <message>
        <source>%1
Budget: %2</source>
        <translation>%1
Bütçe: %2</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Objectives</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>F2 renames, Alt+Up/Down reorders, Ctrl+Shift+M moves the objective and its actions to another area</source>
        <translation>F2 yeniden adlandırır, Alt+Yukarı/Aşağı sırayı değiştirir, Ctrl+Shift+M hedefi eylemleriyle birlikte başka bir alana taşır</translation>
    </message>
    <message>
        <source>Objectives (new actions go under the selected one):</source>
        <translation>Hedefler (yeni eylemler seçili hedefin altına eklenir):</translation>
    </message>
    <message>
        <source>New objective: type it and press Enter</source>
        <translation>Yeni hedef: yazın ve Enter tuşuna basın</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Yeni hedef</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Hedefi sil</translation>
    </message>
    <message>
        <source>Filter this area&apos;s actions (Ctrl+F: the whole plan)</source>
        <translation>Bu alanın eylemlerini filtrele (Ctrl+F: tüm plan)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Durum filtresi</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
    </message>
    <message>
        <source>Quick add action</source>
        <translation>Hızlı eylem ekleme</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n action(s))</source>
        <translation>
            <numerusform>%1  %2 (%n eylem)</numerusform>
        </translation>
    </message>
    <message>
        <source>New action under %1: type its title and press Enter</source>
        <translation>Yeni eylem (%1 altında): başlığını yazın ve Enter tuşuna basın</translation>
    </message>
    <message>
        <source>New action (no objective): type its title and press Enter</source>
        <translation>Yeni eylem (hedefsiz): başlığını yazın ve Enter tuşuna basın</translation>
    </message>
    <message>
        <source>Added %1. Type the next action, or press Tab to edit it.</source>
        <translation>%1 eklendi. Sonraki eylemi yazın ya da bu eylemi düzenlemek için Tab tuşuna basın.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n action(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n eylem silindi. Ctrl+Z ile geri alabilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search and the sorting to reorder actions.</source>
        <translation>Eylemlerin sırasını değiştirmek için aramayı temizleyin ve sıralamayı kaldırın.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2.</source>
        <translation>“%1” bir tarih değil. %2 biçiminde yazın.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>Hedefi taşı</translation>
    </message>
    <message>
        <source>Move %1 and its actions to:</source>
        <translation>%1 ve eylemleri şuraya taşınsın:</translation>
    </message>
    <message>
        <source>Moved %1 with its actions to %2. Undo with Ctrl+Z.</source>
        <translation>%1 eylemleriyle birlikte %2 alanına taşındı. Geri almak için Ctrl+Z.</translation>
    </message>
    <message>
        <source>Move actions</source>
        <translation>Eylemleri taşı</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to:</source>
        <translation>
            <numerusform>%n eylem şuraya taşınsın:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n action(s) to %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n eylem %1 alanına taşındı. Geri almak için Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective %1 with its %n action(s)? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%1 hedefi %n eylemiyle birlikte silinsin mi? Ctrl+Z hepsini geri getirir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the objective with its actions. Undo with Ctrl+Z.</source>
        <translation>Hedef, eylemleriyle birlikte silindi. Ctrl+Z ile geri alabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>AreaStrip</name>
    <message>
        <source>Area</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>BoardPane</name>
    <message>
        <source>Cards not on the board yet</source>
        <translation>Henüz panoda olmayan kartlar</translation>
    </message>
    <message>
        <source>Not on the board &amp;yet:</source>
        <translation>&amp;Henüz panoda olmayanlar:</translation>
    </message>
</context>
<context>
    <name>BudgetBox</name>
    <message>
        <source>Budget lines</source>
        <translation>Bütçe kalemleri</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Bütçe kalemi ekle</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Toplam: %1</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>confirmed</source>
        <translation>kesinleşmiş</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>beklenen</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation>%1 geçerli bir tutar değil.</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansman kaynağı</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Kesinleşmiş</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Harcanan</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Kart metni</translation>
    </message>
    <message>
        <source>Enter saves, Shift+Enter starts a new line, Escape cancels</source>
        <translation>Enter kaydeder, Shift+Enter yeni satır başlatır, Esc iptal eder</translation>
    </message>
    <message>
        <source>→ %1</source>
        <comment>what the card became: codes of actions or objectives</comment>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>● %1</source>
        <comment>a card&apos;s dots</comment>
        <translation>● %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>what the card became, then its dots</comment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Chart of the measurements</source>
        <translation>Ölçümlerin grafiği</translation>
    </message>
    <message>
        <source>No numbers to draw yet: add a measurement below.</source>
        <translation>Çizilecek sayı yok: aşağıdan bir ölçüm ekleyin.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage:</source>
        <translation>kullanım:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>konumsal bağımsız değişkenler</translation>
    </message>
    <message>
        <source>options</source>
        <translation>seçenekler</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>bu yardım iletisini gösterir ve çıkar</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation>programın sürüm numarasını gösterir ve çıkar</translation>
    </message>
    <message>
        <source>LC Planner: learning-city action plans for UNESCO GNLC workshops.</source>
        <translation>LC Planner: UNESCO GNLC atölye çalışmaları için Öğrenen Şehir eylem planları.</translation>
    </message>
    <message>
        <source>plan file (.lcplan) to open in the window</source>
        <translation>pencerede açılacak plan dosyası (.lcplan)</translation>
    </message>
    <message>
        <source>open a fresh copy of the demo plan</source>
        <translation>örnek planın yeni bir kopyasını açar</translation>
    </message>
    <message>
        <source>open the plan read-only</source>
        <translation>planı salt okunur olarak açar</translation>
    </message>
    <message>
        <source>language of the user interface (e.g. tr, en)</source>
        <translation>kullanıcı arayüzünün dili (ör. tr, en)</translation>
    </message>
    <message>
        <source>preview the .ts files in DIR (a translator&apos;s working copy) without rebuilding</source>
        <translation>DIR klasöründeki .ts dosyalarını (çevirmenin çalışma kopyası) yeniden derlemeden önizler</translation>
    </message>
    <message>
        <source>create an empty plan file</source>
        <translation>boş bir plan dosyası oluşturur</translation>
    </message>
    <message>
        <source>city name</source>
        <translation>şehir adı</translation>
    </message>
    <message>
        <source>plan title (default: the city name)</source>
        <translation>plan başlığı (varsayılan: şehir adı)</translation>
    </message>
    <message>
        <source>plan language (default: tr)</source>
        <translation>plan dili (varsayılan: tr)</translation>
    </message>
    <message>
        <source>first year of the plan period</source>
        <translation>plan döneminin ilk yılı</translation>
    </message>
    <message>
        <source>last year of the plan period</source>
        <translation>plan döneminin son yılı</translation>
    </message>
    <message>
        <source>currency code (default: TRY)</source>
        <translation>para birimi kodu (varsayılan: TRY)</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>var olan dosyanın üzerine yazar</translation>
    </message>
    <message>
        <source>create the demo plan file</source>
        <translation>örnek plan dosyasını oluşturur</translation>
    </message>
    <message>
        <source>language of the demo</source>
        <translation>örnek planın dili</translation>
    </message>
    <message>
        <source>show plan properties and the per-area summary</source>
        <translation>plan bilgilerini ve alan bazında özeti gösterir</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>çıktıyı JSON olarak verir</translation>
    </message>
    <message>
        <source>check integrity and validity</source>
        <translation>bütünlüğü ve geçerliliği denetler</translation>
    </message>
    <message>
        <source>warnings also fail the check</source>
        <translation>uyarılar da denetimin başarısız sayılmasına yol açar</translation>
    </message>
    <message>
        <source>carry the readable data of a damaged or altered plan into a new, clean plan</source>
        <translation>hasarlı ya da değiştirilmiş bir planın okunabilen verilerini yeni ve temiz bir plana aktarır</translation>
    </message>
    <message>
        <source>the new plan file (.lcplan)</source>
        <translation>yeni plan dosyası (.lcplan)</translation>
    </message>
    <message>
        <source>write the Excel workplan</source>
        <translation>Excel iş planını yazar</translation>
    </message>
    <message>
        <source>the workbook to write (.xlsx)</source>
        <translation>yazılacak çalışma kitabı (.xlsx)</translation>
    </message>
    <message>
        <source>language of the workbook (default: the plan&apos;s language)</source>
        <translation>çalışma kitabının dili (varsayılan: planın dili)</translation>
    </message>
    <message>
        <source>lcplanner: error: %1</source>
        <translation>lcplanner: hata: %1</translation>
    </message>
    <message>
        <source>Commands (lcplanner COMMAND --help for each):
  new FILE --city NAME   create an empty plan
  demo FILE              create the demo plan
  info FILE [--json]     plan properties and per-area summary
  check FILE             integrity and validation report
  export FILE -o X.xlsx  write the Excel workplan
  pdf FILE -o X.pdf      print the plan (or a temple poster) to PDF
  rescue FILE -o NEW     carry a damaged plan&apos;s data into a new plan</source>
        <translation>Komutlar (her birinin ayrıntıları için: lcplanner COMMAND --help):
  new FILE --city NAME   boş bir plan oluşturur
  demo FILE              örnek planı oluşturur
  info FILE [--json]     plan bilgileri ve alan bazında özet
  check FILE             bütünlük ve doğrulama raporu
  export FILE -o X.xlsx  Excel iş planını yazar
  pdf FILE -o X.pdf      planı (ya da tapınak afişini) PDF olarak basar
  rescue FILE -o NEW     hasarlı bir planın verilerini yeni bir plana taşır</translation>
    </message>
    <message>
        <source>replace the output even if it is a plan file (.lcplan) or not a workbook, or write it under a name that does not end in .xlsx</source>
        <translation>çıktı bir plan dosyası (.lcplan) ya da çalışma kitabı olmasa, ya da adı .xlsx ile bitmese bile üzerine yazar</translation>
    </message>
    <message>
        <source>include contact persons&apos; phones and e-mails (left out by default: they are personal data)</source>
        <translation>iletişim kişilerinin telefon ve e-postalarını ekler (kişisel veri oldukları için varsayılan olarak eklenmez)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Oluşturuldu: %1</translation>
    </message>
    <message>
        <source>Created the demo plan %1</source>
        <translation>Örnek plan oluşturuldu: %1</translation>
    </message>
    <message>
        <source>%1
%2, %3, %4-%5, %6, language %7</source>
        <translation>%1
%2, %3, %4-%5, %6, dil: %7</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>Kurumlar: %1</translation>
    </message>
    <message>
        <source>%1 %2: objectives %3, actions %4, budget %5 %6, gaps %7</source>
        <translation>%1 %2: hedef: %3, eylem: %4, bütçe: %5 %6, eksik: %7</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>hata: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>uyarı: %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 hata, %2 uyarı</translation>
    </message>
    <message numerus="yes">
        <source>Rescued %n row(s) into %1.</source>
        <translation>
            <numerusform>%n satır %1 dosyasına kurtarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left behind %n row(s) that could not be read or broke the plan&apos;s rules.</source>
        <translation>
            <numerusform>Okunamayan ya da planın kurallarına uymayan %n satır geride bırakıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n value(s) of the wrong kind.</source>
        <translation>
            <numerusform>Yanlış türdeki %n değer temizlendi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation>
            <numerusform>%n eylem %1 dosyasına aktarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation>
            <numerusform>Çalışma kitabının içeremeyeceği %n karakter (kontrol karakteri) kaldırıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n text(s) longer than Excel&apos;s 32,767 characters per cell.</source>
        <translation>
            <numerusform>Excel&apos;in hücre başına 32.767 karakter sınırını aşan %n metin kısaltıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name had no extension, so .xlsx was added to it.</source>
        <translation>Adın uzantısı yoktu, bu yüzden sonuna .xlsx eklendi.</translation>
    </message>
    <message>
        <source>The disk is full, so the command&apos;s output could not be written.</source>
        <translation>Disk dolu, bu yüzden komutun çıktısı yazılamadı.</translation>
    </message>
    <message>
        <source>The command&apos;s output could not be written: %1</source>
        <translation>Komutun çıktısı yazılamadı: %1</translation>
    </message>
    <message>
        <source>lcplanner: cannot compile the translations in %1: %2</source>
        <translation>lcplanner: %1 klasöründeki çeviriler derlenemedi: %2</translation>
    </message>
    <message>
        <source>lcplanner: no lcplanner_*.ts files in %1</source>
        <translation>lcplanner: %1 klasöründe lcplanner_*.ts dosyası yok</translation>
    </message>
</context>
<context>
    <name>Commander</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent to the server yet, the last: %1</source>
        <translation>
            <numerusform>Sunucuya henüz gönderilmemiş %n değişiklik var, sonuncusu: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>Plan bilgilerini düzenleme</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Kurum ekleme</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Kurum düzenleme</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Kurum silme</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Kurumları birleştirme</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Hedef ekleme</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Hedef düzenleme</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Hedef silme</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>Hedefi taşı</translation>
    </message>
    <message>
        <source>Move objective to another area</source>
        <translation>Hedefi başka bir alana taşı</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Eylem ekleme</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Eylem düzenleme</translation>
    </message>
    <message>
        <source>Set lead</source>
        <translation>Sorumluyu belirle</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>%n eylem silme</numerusform>
        </translation>
    </message>
    <message>
        <source>Move action</source>
        <translation>Eylem taşıma</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to another area</source>
        <translation>
            <numerusform>%n eylemi başka bir alana taşı</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit partners</source>
        <translation>Paydaşları düzenleme</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Bütçe kalemi ekleme</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation>Bütçe kalemi düzenleme</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Bütçe kalemi silme</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Gösterge ekleme</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Gösterge düzenleme</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Gösterge silme</translation>
    </message>
    <message>
        <source>Add workshop</source>
        <translation>Çalıştay ekleme</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>Çalıştay düzenleme</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Çalıştay silme</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>Paydaş ekleme</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>Paydaş düzenleme</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation>Paydaş silme</translation>
    </message>
    <message>
        <source>Mark who was present</source>
        <translation>Katılanları işaretleme</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>%1 için değerlendirme</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>Girişim ekleme</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Girişim düzenleme</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation>Girişim silme</translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation>Ölçüt yükleme</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Kart ekleme</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Kart düzenleme</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Kart taşıma</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Kart silme</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation>Kartları birleştirme</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Oylama grubu ekleme</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Oylama</translation>
    </message>
    <message>
        <source>Turn cards into an action</source>
        <translation>Kartları eyleme dönüştürme</translation>
    </message>
    <message>
        <source>Turn cards into an objective</source>
        <translation>Kartları hedefe dönüştürme</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>İlerleme bildir</translation>
    </message>
    <message>
        <source>Delete progress update</source>
        <translation>İlerleme bildirimini sil</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Ölçüm ekle</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Ölçümü düzenle</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Ölçümü sil</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Kilometre taşı ekle</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Kilometre taşını düzenle</translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation>Kilometre taşını sil</translation>
    </message>
    <message>
        <source>Move on the timeline</source>
        <translation>Zaman çizelgesinde taşı</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Karşılaştır</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n fark.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences: both hold the same rows and values.</source>
        <translation>Fark yok: ikisinde de aynı satırlar ve değerler var.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Excel&apos;e &amp;Aktar…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Farklar</translation>
    </message>
    <message>
        <source>Export the differences</source>
        <translation>Farkları dışa aktar</translation>
    </message>
    <message>
        <source>Excel workbooks (%1)</source>
        <translation>Excel çalışma kitapları (%1)</translation>
    </message>
    <message>
        <source>Cannot export the differences</source>
        <translation>Farklar dışa aktarılamadı</translation>
    </message>
</context>
<context>
    <name>CompareTree</name>
    <message>
        <source>What changed</source>
        <translation>Ne değişti</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Önce</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Farklar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Sunucuya Bağlan</translation>
    </message>
    <message>
        <source>&amp;Require an encrypted connection (TLS)</source>
        <translation>Şifreli &amp;bağlantı iste (TLS)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation>&amp;Sunucu:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Kullanıcı:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Veritabanı:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;rola:</translation>
    </message>
    <message>
        <source>The password is not kept: LC Planner asks for it each time. The connection is encrypted whenever the server offers it.</source>
        <translation>Parola saklanmaz: LC Planner her seferinde sorar. Sunucu sunduğunda bağlantı her zaman şifrelenir.</translation>
    </message>
    <message>
        <source>Li&amp;st Plans</source>
        <translation>Planları &amp;Listele</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>This database holds no LC Planner plans.</source>
        <translation>Bu veritabanında LC Planner planı yok.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1: unexpected problem</source>
        <translation>%1: beklenmeyen sorun</translation>
    </message>
    <message>
        <source>%1 ran into an unexpected problem. Your plan is safe: every change was saved when you made it. Please send the details below to whoever supports %1.</source>
        <translation>%1 beklenmeyen bir sorunla karşılaştı. Planınız güvende: yaptığınız her değişiklik o anda kaydedildi. Lütfen aşağıdaki ayrıntıları %1 için teknik destek veren kişiye veya birime gönderin.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Hata ayrıntıları</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Ayrıntıları &amp;kopyala</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Ayrıntıları kopyala</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>DashboardIndicators</name>
    <message>
        <source>Of</source>
        <translation>Ait olduğu</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Gösterge</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Son değer</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Of the way</source>
        <translation>Yolun</translation>
    </message>
</context>
<context>
    <name>DashboardMissing</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Şimdiki durum</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Gösterge paneli&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Dö&amp;nem:</translation>
    </message>
    <message>
        <source>Indicators against their targets</source>
        <translation>Göstergeler ve hedefleri</translation>
    </message>
    <message>
        <source>Actions without an update this period</source>
        <translation>Bu dönem bildirimi olmayan eylemler</translation>
    </message>
    <message>
        <source>&amp;Indicators against their targets</source>
        <translation>Gösterge&amp;ler ve hedefleri</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Not reported (%n)</source>
        <translation>
            <numerusform>&amp;Bildirim yapmayanlar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s): %2 on track, %3 delayed, %4 not started, %5 done, %6 cancelled.</source>
        <translation>
            <numerusform>%n eylem: %2 planlandığı gibi, %3 gecikmeli, %4 başlamadı, %5 tamamlandı, %6 iptal edildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No update for %1: %n action(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1 için bildirim yok: %n eylem&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. %1</source>
        <translation>örn. %1</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Takvimden seçin (Alt+Aşağı)</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation>%1 için takvim</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Tarihi temizle</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 alanını temizle</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1, or leave it empty; Escape puts the saved date back.</source>
        <translation>Tarih değil. %1 gibi yazın ya da boş bırakın; Esc kayıtlı tarihi geri getirir.</translation>
    </message>
</context>
<context>
    <name>DiffCli</name>
    <message>
        <source>plan properties</source>
        <translation>plan özellikleri</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>kurum</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>hedef</translation>
    </message>
    <message>
        <source>action</source>
        <translation>eylem</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>eylem paydaşı</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>bütçe kalemi</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>gösterge</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>çalıştay</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>paydaş analizi kaydı</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>katılım kaydı</translation>
    </message>
    <message>
        <source>stock-take prompt</source>
        <translation>durum tespiti ölçütü</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>değerlendirme</translation>
    </message>
    <message>
        <source>existing initiative</source>
        <translation>mevcut girişim</translation>
    </message>
    <message>
        <source>idea card</source>
        <translation>fikir kartı</translation>
    </message>
    <message>
        <source>voter group</source>
        <translation>oy veren grup</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>oy</translation>
    </message>
    <message>
        <source>card&apos;s link</source>
        <translation>kartın bağlantısı</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>kilometre taşı</translation>
    </message>
    <message>
        <source>progress update</source>
        <translation>ilerleme bildirimi</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>ölçüm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Onay</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Onay tarihi</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazan</translation>
    </message>
    <message>
        <source>Dots to give</source>
        <translation>Verilecek nokta</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Noktalar</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Çaba</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Idea card</source>
        <translation>Fikir kartı</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Etki</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Gösterge</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Nüfuz</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>İlgi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Ölçüm tarihi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Yürüten</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>Tamamlanma (%)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Son yıl</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>İlk yıl</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Hazırlayan</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Soru</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Erişim</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Bildiren</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Bildirim tarihi</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Raporlama</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Paydaş</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Metinler</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vizyon</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Çalıştay</translation>
    </message>
    <message>
        <source>list what changed from one plan file to another (rows matched by their IDs)</source>
        <translation>bir plan dosyasından ötekine neyin değiştiğini listeler (satırlar kimlikleriyle eşleştirilir)</translation>
    </message>
    <message>
        <source>gives the differences as JSON, for other programs</source>
        <translation>farkları başka programlar için JSON olarak verir</translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>Eklenen %1: %2</translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation>Silinen %1: %2</translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation>Değişen %1: %2</translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <translation>  %1: %2 → %3</translation>
    </message>
    <message>
        <source>The plan, its register and its workshop</source>
        <translation>Plan, kurum kaydı ve çalıştay</translation>
    </message>
    <message>
        <source>No differences: the two plans hold the same rows and values.</source>
        <translation>Fark yok: iki plan aynı satırları ve değerleri içeriyor.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklendi</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Kaldırıldı</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Değişti</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Farklar</translation>
    </message>
    <message>
        <source>What changed from %1 to %2</source>
        <translation>%1 ile %2 arasında ne değişti</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan adı</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Önce</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n fark.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cover</source>
        <translation>Kapak</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Fundamental conditions</source>
        <translation>Temel koşullar</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Göstergeler</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bütçe</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Durum tespiti</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Fikirler</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vizyon</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation>Plan dönemi</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation>Eylem sayısı</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>Toplam bütçe</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Çerçeve</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation>Temel özellikler</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Hedef gruplar</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.
----------
In the responsibilities matrix: the organisation leads the action.</extracomment>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation>Paydaşlar (rol)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation>Bütçe toplamı</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Finansman kaynakları</translation>
    </message>
    <message>
        <source>Indicators (baseline → target)</source>
        <translation>Göstergeler (başlangıç değeri → hedef değer)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>Tamamlanma (%)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>ID (do not edit)</source>
        <translation>Kimlik (değiştirmeyin)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation>Eylem ayrıntıları</translation>
    </message>
    <message>
        <source>Budget by area</source>
        <translation>Alanlara göre bütçe</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Paydaşlar</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Onay durumu</translation>
    </message>
    <message>
        <source>Date of approval</source>
        <translation>Onay tarihi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Hazırlayan</translation>
    </message>
    <message>
        <source>Plan identifier</source>
        <translation>Plan kimliği</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Dışa aktarılma zamanı</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>The summary&apos;s second line: %1 the city, %2 the period, %3 the approval status.</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The approval status with its date, e.g. &quot;Approved by the council, 12.03.2027&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Version %1, prepared by %2</source>
        <translation>Sürüm %1, hazırlayan: %2</translation>
    </message>
    <message>
        <source>Benefits: %1</source>
        <translation>Yararlar: %1</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation>Kılavuz alanları</translation>
    </message>
    <message>
        <source>The municipality&apos;s role</source>
        <translation>Belediyenin rolü</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riskler</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Bütçe %1</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation>Eksiği olan eylemler</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Objective or action</source>
        <translation>Hedef ya da eylem</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Gösterge</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Başlangıç değeri</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Başlangıç yılı</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Hedeflenen değer</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Hedef yılı</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Gerçekleşen</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Veri kaynağı</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Ölçtüğü</translation>
    </message>
    <message>
        <source>outcome (objective)</source>
        <extracomment>Indicators sheet, &quot;Measures&quot; column: an objective&apos;s indicator measures an outcome.</extracomment>
        <translation>sonuç (hedef)</translation>
    </message>
    <message>
        <source>output (action)</source>
        <extracomment>Indicators sheet, &quot;Measures&quot; column: an action&apos;s indicator measures its output.</extracomment>
        <translation>çıktı (eylem)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>One indicator in a cell: %1 its name, %2 the baseline, %3 the target.</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <extracomment>One indicator in a cell with the target&apos;s year: %4 the year.</extracomment>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A value with its unit, e.g. &quot;350.000 TL&quot; or &quot;18 %&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belirlenmedi</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansman kaynağı</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation>Kesinleşmiş / beklenen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Harcanan</translation>
    </message>
    <message>
        <source>Year %1 is outside the plan period (%2–%3).</source>
        <translation>%1 yılı plan döneminin (%2–%3) dışında.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <source>Municipality&apos;s share</source>
        <translation>Belediyenin payı</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Yararlar</translation>
    </message>
    <message>
        <source>Outcome indicators (baseline → target)</source>
        <translation>Sonuç göstergeleri (başlangıç → hedef)</translation>
    </message>
    <message>
        <source>Risks of its actions</source>
        <translation>Eylemlerinin riskleri</translation>
    </message>
    <message>
        <source>Key features and Guideline areas</source>
        <translation>Temel özellikler ve Kılavuz alanları</translation>
    </message>
    <message>
        <source>Approval statuses</source>
        <translation>Onay durumları</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Anlamı</translation>
    </message>
    <message>
        <source>Building blocks and fundamental conditions</source>
        <translation>Yapı taşları ve temel koşullar</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Durumlar</translation>
    </message>
    <message>
        <source>Partner roles</source>
        <translation>Paydaş rolleri</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektörler</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>kesinleşmiş</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>beklenen</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation>Kesinleşmiş toplam</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation>Beklenen toplam</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Toplam %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>İrtibat kişisi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Sorumluluklar</translation>
    </message>
    <message>
        <source>Its role</source>
        <translation>Rolü</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Sorumlu olduğu eylemler</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation>Paydaşı olduğu eylemler</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Ç%1 %2</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Lejant</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Henüz eylem yok.</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation>(hedef yok)</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Sayfa &amp;P / &amp;N</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>Key feature</source>
        <translation>Temel özellik</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <source>Existing initiative</source>
        <translation>Mevcut girişim</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Yürüten</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Ulaşılan kitle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>(the area as a whole)</source>
        <translation>(alanın bütünü)</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Fikir</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Nokta</translation>
    </message>
    <message>
        <source>Votes by group</source>
        <translation>Gruplara göre oylar</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Etki</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Çaba</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Çeyrek</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Dönüştüğü öge</translation>
    </message>
    <message>
        <source>action %1</source>
        <extracomment>What a card became: %1 is a code (&quot;BB1-3&quot;).</extracomment>
        <translation>eylem %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation>hedef %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export workplan</source>
        <translation>İş planını dışa aktar</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>Çalışma &amp;kitabı:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Göz&amp;at…</translation>
    </message>
    <message>
        <source>Include &amp;contact persons&apos; phones and e-mails</source>
        <translation>İletişim kişilerinin telefon ve e-postalarını &amp;ekle</translation>
    </message>
    <message>
        <source>Left out unless you tick this: phones and e-mails of people are personal data.</source>
        <translation>Bunu işaretlemezseniz eklenmez: kişilerin telefon ve e-postaları kişisel veridir.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Dosya değiştirilsin mi?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 zaten var. Yerine yenisi yazılsın mı?</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>%1 workplan</source>
        <translation>%1 iş planı</translation>
    </message>
    <message>
        <source>Export workplan</source>
        <translation>İş planını dışa aktar</translation>
    </message>
    <message>
        <source>Writing the workplan…</source>
        <translation>İş planı yazılıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation>
            <numerusform>%n eylem %1 dosyasına aktarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation>
            <numerusform>Çalışma kitabının içeremeyeceği %n karakter (kontrol karakteri) kaldırıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Actions (%1)</source>
        <translation>Eylemler (%1)</translation>
    </message>
    <message>
        <source>Objectives (%1)</source>
        <translation>Hedefler (%1)</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation>Kurumlar (%1)</translation>
    </message>
    <message>
        <source>Indicators (%1)</source>
        <translation>Göstergeler (%1)</translation>
    </message>
    <message>
        <source>Find in the whole plan</source>
        <translation>Tüm planda bul</translation>
    </message>
    <message>
        <source>Actions, objectives, organisations, indicators: type a word</source>
        <translation>Eylemler, hedefler, kurumlar, göstergeler: bir sözcük yazın</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Durum filtresi</translation>
    </message>
    <message>
        <source>Lead filter</source>
        <translation>Sorumlu filtresi</translation>
    </message>
    <message>
        <source>Only actions with gaps</source>
        <translation>Yalnızca eksiği olan eylemler</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Tüm sorumlular</translation>
    </message>
    <message>
        <source>Type a word to search every area of the plan.</source>
        <translation>Planın tüm alanlarında aramak için bir sözcük yazın.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Hiçbir şey bulunamadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the whole plan.</source>
        <translation>
            <numerusform>Tüm planda %n sonuç bulundu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches as typed; %n found when accents are ignored.</source>
        <translation>
            <numerusform>Yazıldığı gibi eşleşen yok; aksanlar yok sayılınca %n sonuç bulundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <source>Individual empowerment and social cohesion</source>
        <translation>Kişisel gelişim ve sosyal bütünleşme</translation>
    </message>
    <message>
        <source>Empowerment and cohesion</source>
        <translation>Gelişim ve bütünleşme</translation>
    </message>
    <message>
        <source>Economic development and cultural prosperity</source>
        <translation>Ekonomik kalkınma ve kültürel çeşitlilik</translation>
    </message>
    <message>
        <source>Economy and culture</source>
        <translation>Ekonomi ve kültür</translation>
    </message>
    <message>
        <source>Sustainable development</source>
        <translation>Sürdürülebilir kalkınma</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sürdürülebilirlik</translation>
    </message>
    <message>
        <source>Inclusive learning in the education system</source>
        <translation>Eğitim sistemindeki kapsayıcı öğrenme</translation>
    </message>
    <message>
        <source>Education system</source>
        <translation>Eğitim sistemi</translation>
    </message>
    <message>
        <source>Re-vitalised learning in families and communities</source>
        <translation>Ailelerdeki ve toplumlardaki öğrenmenin tekrar canlanması</translation>
    </message>
    <message>
        <source>Families and communities</source>
        <translation>Aileler ve toplum</translation>
    </message>
    <message>
        <source>Effective learning for and in the workplace</source>
        <translation>İşyerlerindeki öğrenmenin faaliyete geçmesi</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>İşyeri</translation>
    </message>
    <message>
        <source>Extended use of modern learning technologies</source>
        <translation>Modern öğrenme teknolojilerinin kullanımının artması</translation>
    </message>
    <message>
        <source>Learning technologies</source>
        <translation>Öğrenme teknolojileri</translation>
    </message>
    <message>
        <source>Enhanced quality in learning</source>
        <translation>Öğrenme kalitesinin ve muazzamlığının gelişmesi</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>A vibrant culture of learning throughout life</source>
        <translation>Hayat boyu öğrenme kültürünün teşvik edilmesi</translation>
    </message>
    <message>
        <source>Culture of learning</source>
        <translation>Öğrenme kültürü</translation>
    </message>
    <message>
        <source>Strong political will and commitment</source>
        <translation>Güçlü siyasi irade ve bağlılık</translation>
    </message>
    <message>
        <source>Political will</source>
        <translation>Siyasi irade</translation>
    </message>
    <message>
        <source>Governance and participation of all stakeholders</source>
        <translation>Bütün paydaşların yönetimi ve katılımı</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Yönetim ve katılım</translation>
    </message>
    <message>
        <source>Mobilisation and utilisation of resources</source>
        <translation>Kaynakların seferberliği ve kullanılması</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>The key-feature prompts are LC Planner&apos;s short paraphrase of the UNESCO Institute for Lifelong Learning&apos;s Key Features of Learning Cities (Beijing, 2013), not the official text.</source>
        <translation>Temel özellik ipuçları, UNESCO Hayat Boyu Öğrenme Enstitüsünün “Öğrenen Şehirlerin Temel Özellikleri” (Pekin, 2013) belgesinin LC Planner tarafından kendi ifadeleriyle yapılmış kısa bir özetidir; resmî metin değildir.</translation>
    </message>
    <message>
        <source>Framework: UNESCO Institute for Lifelong Learning, Key Features of Learning Cities (2013) and Guidelines for Building Learning Cities (2015).</source>
        <translation>Çerçeve: UNESCO Hayat Boyu Öğrenme Enstitüsü, “Öğrenen Şehirlerin Temel Özellikleri” (2013) ve “Öğrenen Şehirlerin İnşası İçin Kılavuz” (2015).</translation>
    </message>
    <message>
        <source>Early childhood care and education</source>
        <translation>Erken çocukluk döneminde bakım ve eğitim</translation>
    </message>
    <message>
        <source>Access and participation from primary to higher education</source>
        <translation>İlköğretimden yükseköğretime erişim ve katılım</translation>
    </message>
    <message>
        <source>Adult education and vocational training</source>
        <translation>Yetişkin eğitimi ve mesleki eğitim</translation>
    </message>
    <message>
        <source>Support for marginalised groups and migrant families</source>
        <translation>Toplumsal olarak dışlanmış gruplara ve göçmen ailelere destek</translation>
    </message>
    <message>
        <source>Community learning spaces: centres, libraries, museums</source>
        <translation>Toplum içinde öğrenme mekânları: merkezler, kütüphaneler, müzeler</translation>
    </message>
    <message>
        <source>Residents take part in community learning</source>
        <translation>Kent sakinlerinin toplum içindeki öğrenmeye katılımı</translation>
    </message>
    <message>
        <source>Reaching groups at risk: families in need, migrants, people with disabilities, minorities, older learners</source>
        <translation>Risk altındaki gruplara ulaşma: ihtiyaç sahibi aileler, göçmenler, engelli bireyler, azınlıklar, ileri yaştaki öğrenenler</translation>
    </message>
    <message>
        <source>Valuing local history, culture and indigenous knowledge</source>
        <translation>Yerel tarihe, kültüre ve geleneksel bilgi birikimine değer verilmesi</translation>
    </message>
    <message>
        <source>Public and private bodies become learning organisations</source>
        <translation>Kamu ve özel kuruluşların öğrenen kuruluşlara dönüşmesi</translation>
    </message>
    <message>
        <source>Learning for every employee, migrant workers included</source>
        <translation>Göçmen işçiler dâhil tüm çalışanlar için öğrenme</translation>
    </message>
    <message>
        <source>Employers and unions back workplace learning</source>
        <translation>İşverenlerin ve sendikaların işyerinde öğrenmeyi desteklemesi</translation>
    </message>
    <message>
        <source>Learning for unemployed young people and adults</source>
        <translation>İşsiz gençler ve yetişkinler için öğrenme</translation>
    </message>
    <message>
        <source>Administrators, teachers and educators trained to use learning technologies</source>
        <translation>Yöneticilerin, öğretmenlerin ve eğitimcilerin öğrenme teknolojilerini kullanma konusunda yetiştirilmesi</translation>
    </message>
    <message>
        <source>Every resident can reach computers and the internet</source>
        <translation>Her kent sakininin bilgisayara ve internete erişebilmesi</translation>
    </message>
    <message>
        <source>Good e-learning resources</source>
        <translation>Nitelikli e-öğrenme kaynakları</translation>
    </message>
    <message>
        <source>From teaching to learning: creativity and learning to learn</source>
        <translation>Öğretmekten öğrenmeye: yaratıcılık ve öğrenmeyi öğrenme</translation>
    </message>
    <message>
        <source>Shared values and tolerance</source>
        <translation>Ortak değerler ve hoşgörü</translation>
    </message>
    <message>
        <source>Well-trained educators</source>
        <translation>İyi yetişmiş eğitimciler</translation>
    </message>
    <message>
        <source>Learner-friendly places, special needs included</source>
        <translation>Özel gereksinimleri de gözeten, öğrenen dostu ortamlar</translation>
    </message>
    <message>
        <source>Public events that celebrate learning, such as learning festivals</source>
        <translation>Öğrenme şenlikleri gibi öğrenmeyi kutlayan, halka açık etkinlikler</translation>
    </message>
    <message>
        <source>Information, guidance and support for learners</source>
        <translation>Öğrenenlere bilgilendirme, rehberlik ve destek</translation>
    </message>
    <message>
        <source>Media, libraries and cultural institutions promote learning</source>
        <translation>Medyanın, kütüphanelerin ve kültür kurumlarının öğrenmeyi teşvik etmesi</translation>
    </message>
    <message>
        <source>All forms of learning are recognised and rewarded</source>
        <translation>Her türlü öğrenmenin tanınması ve ödüllendirilmesi</translation>
    </message>
    <message>
        <source>City leaders commit to building a learning city</source>
        <translation>Şehir yöneticilerinin bir Öğrenen Şehir inşa etmeyi taahhüt etmesi</translation>
    </message>
    <message>
        <source>A lifelong-learning strategy and plan made with all partners</source>
        <translation>Tüm paydaşlarla birlikte hazırlanmış bir hayat boyu öğrenme stratejisi ve planı</translation>
    </message>
    <message>
        <source>Progress is monitored and reported</source>
        <translation>İlerlemenin izlenmesi ve raporlanması</translation>
    </message>
    <message>
        <source>A coordination body across sectors</source>
        <translation>Sektörler arası bir koordinasyon kurulu</translation>
    </message>
    <message>
        <source>Every stakeholder contributes: public, private, civil society, education</source>
        <translation>Her paydaşın katkısı: kamu, özel sektör, sivil toplum, eğitim</translation>
    </message>
    <message>
        <source>Partnerships, international ones included</source>
        <translation>Uluslararası olanlar dâhil ortaklıklar</translation>
    </message>
    <message>
        <source>More investment in lifelong learning from every source</source>
        <translation>Her kaynaktan hayat boyu öğrenmeye daha fazla yatırım</translation>
    </message>
    <message>
        <source>Stakeholders&apos; resources used well; new ways of funding</source>
        <translation>Paydaş kaynaklarının verimli kullanılması; yeni finansman yolları</translation>
    </message>
    <message>
        <source>Learning opportunities for disadvantaged groups are funded</source>
        <translation>Dezavantajlı gruplara yönelik öğrenme fırsatlarının finanse edilmesi</translation>
    </message>
    <message>
        <source>Volunteers contribute their time and skills</source>
        <translation>Gönüllülerin zamanlarıyla ve becerileriyle katkı sunması</translation>
    </message>
    <message>
        <source>Cities exchange ideas and experience</source>
        <translation>Şehirler arasında fikir ve deneyim paylaşımı</translation>
    </message>
    <message>
        <source>Develop a plan</source>
        <translation>Plan geliştirme</translation>
    </message>
    <message>
        <source>Coordinate all stakeholders</source>
        <translation>Tüm paydaşları koordine etme</translation>
    </message>
    <message>
        <source>Celebrate learning</source>
        <translation>Öğrenmeyi kutlama</translation>
    </message>
    <message>
        <source>Learning accessible to all</source>
        <translation>Herkes için erişilebilir öğrenme</translation>
    </message>
    <message>
        <source>Monitor and evaluate</source>
        <translation>İzleme ve değerlendirme</translation>
    </message>
    <message>
        <source>Sustainable funding</source>
        <translation>Sürdürülebilir finansman</translation>
    </message>
</context>
<context>
    <name>GapsDialog</name>
    <message>
        <source>Gaps</source>
        <translation>Eksikler</translation>
    </message>
    <message>
        <source>What the plan still lacks. Enter or a double-click goes to the field.</source>
        <translation>Planda henüz eksik olanlar. Enter ya da çift tıklama ilgili alana götürür.</translation>
    </message>
    <message>
        <source>No gaps: every action has a lead, an indicator, a budget and dates.</source>
        <translation>Eksik yok: her eylemin sorumlu kurumu, göstergesi, bütçesi ve tarihleri var.</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Copy for a group: %1</source>
        <translation>Grup kopyası: %1</translation>
    </message>
    <message>
        <source>Before merging %1</source>
        <translation>%1 birleştirilmeden önce</translation>
    </message>
</context>
<context>
    <name>GroupsCli</name>
    <message>
        <source>keep the plan as it is now under a name, inside its file</source>
        <translation>planın şimdiki hâlini bir adla, kendi dosyasında saklar</translation>
    </message>
    <message>
        <source>list the snapshots a plan file keeps</source>
        <translation>plan dosyasının sakladığı anlık görüntüleri listeler</translation>
    </message>
    <message>
        <source>gives the list as JSON, for other programs</source>
        <translation>listeyi başka programlar için JSON olarak verir</translation>
    </message>
    <message>
        <source>write a copy of the plan for a breakout group; it remembers the state it started from</source>
        <translation>bir çalışma grubu için planın kopyasını yazar; kopya başladığı hâli hatırlar</translation>
    </message>
    <message>
        <source>merge a breakout group&apos;s copy back into the plan</source>
        <translation>bir çalışma grubunun kopyasını plana geri birleştirir</translation>
    </message>
    <message>
        <source>only show what the merge would do; the plan is not touched</source>
        <translation>yalnızca birleştirmenin ne yapacağını gösterir; plana dokunulmaz</translation>
    </message>
    <message>
        <source>gives the merge&apos;s changes and conflicts as JSON</source>
        <translation>birleştirmenin değişikliklerini ve çakışmalarını JSON olarak verir</translation>
    </message>
    <message>
        <source>settle every conflict with the plan&apos;s value (ours) or the copy&apos;s (theirs)</source>
        <translation>her çakışmayı planın değeriyle (ours) ya da kopyanınkiyle (theirs) çözer</translation>
    </message>
    <message>
        <source>replace the copy if the file exists</source>
        <translation>dosya varsa kopyanın yerine yazar</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot “%1” of %2 taken (%n action(s)).</source>
        <translation>
            <numerusform>%2 için “%1” anlık görüntüsü alındı (%n eylem).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n eylem</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan keeps no snapshots.</source>
        <translation>Bu plan hiç anlık görüntü saklamıyor.</translation>
    </message>
    <message>
        <source>named</source>
        <translation>adlandırılmış</translation>
    </message>
    <message>
        <source>base of a group copy</source>
        <translation>bir grup kopyasının temeli</translation>
    </message>
    <message>
        <source>base of this copy</source>
        <translation>bu kopyanın temeli</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>birleştirmeden önce</translation>
    </message>
    <message>
        <source>Copy for a group written to %1; it remembers the snapshot “%2”.</source>
        <translation>Grup kopyası %1 dosyasına yazıldı; “%2” anlık görüntüsünü hatırlıyor.</translation>
    </message>
    <message>
        <source>The copy&apos;s base snapshot is gone: every difference is a decision (two-way).</source>
        <translation>Kopyanın temel anlık görüntüsü yok: her fark bir karar (iki yönlü).</translation>
    </message>
    <message>
        <source>Base: the snapshot “%1”.</source>
        <translation>Temel: “%1” anlık görüntüsü.</translation>
    </message>
    <message>
        <source>Conflict: %1 %2, %3: the plan has “%4”, the copy “%5”.</source>
        <translation>Çakışma: %1 %2, %3: planda “%4”, kopyada “%5”.</translation>
    </message>
    <message>
        <source>Conflict: %1 %2 was deleted in the plan and edited in the copy.</source>
        <translation>Çakışma: %1 %2 planda silindi, kopyada düzenlendi.</translation>
    </message>
    <message>
        <source>Conflict: %1 %2 was edited in the plan and deleted in the copy.</source>
        <translation>Çakışma: %1 %2 planda düzenlendi, kopyada silindi.</translation>
    </message>
    <message>
        <source>Left out: %1 %2, what it belongs to was deleted.</source>
        <translation>Alınmadı: %1 %2, bağlı olduğu kayıt silindi.</translation>
    </message>
    <message>
        <source>Only in the plan: %1 %2.</source>
        <translation>Yalnızca planda: %1 %2.</translation>
    </message>
    <message>
        <source>Only in the copy: %1 %2.</source>
        <translation>Yalnızca kopyada: %1 %2.</translation>
    </message>
    <message>
        <source>Renumbered: %1 is now %2 (the plan already had %1).</source>
        <translation>Yeniden numaralandı: %1 artık %2 (planda zaten %1 vardı).</translation>
    </message>
    <message>
        <source>The same %1 in both: %2 (kept once).</source>
        <translation>İkisinde de aynı %1: %2 (bir kez tutuldu).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the copy.</source>
        <translation>
            <numerusform>Kopyadan %n değişiklik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: the plan was not changed.</source>
        <translation>Deneme: plan değiştirilmedi.</translation>
    </message>
    <message>
        <source>Merged. The plan as it was before is kept as the snapshot “%1”.</source>
        <translation>Birleştirildi. Planın önceki hâli “%1” anlık görüntüsü olarak saklandı.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept the plan&apos;s value; run again with --take ours or --take theirs to settle them.</source>
        <translation>
            <numerusform>%n çakışmada planın değeri kaldı; çözmek için --take ours ya da --take theirs ile yeniden çalıştırın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to merge: the plan already holds everything of the copy.</source>
        <translation>Birleştirilecek bir şey yok: plan kopyadaki her şeyi zaten içeriyor.</translation>
    </message>
</context>
<context>
    <name>IdeaBoard</name>
    <message>
        <source>Quick wins</source>
        <translation>Hızlı kazanımlar</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>Büyük projeler</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Ara işler</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>Zahmetli işler</translation>
    </message>
</context>
<context>
    <name>IdeaWallPage</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Area of new cards</source>
        <translation>Yeni kartların alanı</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down in the idea field choose the area too; drop cards here to move them to this area</source>
        <translation>Fikir kutusunda Alt+Yukarı / Alt+Aşağı ile de alan seçilir; kartları bu alana taşımak için buraya bırakın</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation>Bir fikir yazın ve Enter tuşuna basın</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Yeni kart</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Alan:</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Fikir:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>Yaza&amp;r:</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation>Gr&amp;up:</translation>
    </message>
    <message>
        <source>Voter group</source>
        <translation>Oylama grubu</translation>
    </message>
    <message>
        <source>Whose dots + / − and the digits set on the selected card</source>
        <translation>+ / − ve rakam tuşları, seçili kartta bu grubun noktalarını belirler</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Adını yazın, ardından Enter</translation>
    </message>
    <message>
        <source>New voter group</source>
        <translation>Yeni oylama grubu</translation>
    </message>
    <message>
        <source>Dots of the new group</source>
        <translation>Yeni grubun nokta hakkı</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Grup ekle</translation>
    </message>
    <message>
        <source>Vo&amp;tes of:</source>
        <translation>&amp;Oy veren:</translation>
    </message>
    <message>
        <source>&amp;New group:</source>
        <translation>Ye&amp;ni grup:</translation>
    </message>
    <message>
        <source>Bu&amp;dget:</source>
        <translation>Nokta ha&amp;kkı:</translation>
    </message>
    <message>
        <source>&amp;Sort by dots</source>
        <translation>Noktalara göre &amp;sırala</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Tüm kartlar</translation>
    </message>
    <message>
        <source>Not on the board yet</source>
        <translation>Henüz panoda olmayanlar</translation>
    </message>
    <message>
        <source>&amp;Quadrant:</source>
        <translation>Ç&amp;eyrek:</translation>
    </message>
    <message>
        <source>Idea wall</source>
        <translation>Fikir duvarı</translation>
    </message>
    <message>
        <source>Impact–effort board</source>
        <translation>Etki–çaba panosu</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation>Du&amp;var</translation>
    </message>
    <message>
        <source>Impact–effort &amp;board</source>
        <translation>Etki–çaba &amp;panosu</translation>
    </message>
    <message>
        <source>Enter adds a card. On a card: F2 edit · Delete · Alt+←/→ other area · Ctrl+M merge · + / − or 0–9 dots · Ctrl+arrows on the board · Ctrl+Enter action · Ctrl+Shift+Enter objective</source>
        <translation>Enter kart ekler. Kartta: F2 düzenle · Delete sil · Alt+←/→ başka alan · Ctrl+M birleştir · + / − ya da 0–9 nokta · panoda Ctrl+ok tuşları · Ctrl+Enter eylem · Ctrl+Shift+Enter hedef</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>voter group: name, dots spent/budget</comment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Card added to %1. Type the next one; Ctrl+Z takes it back.</source>
        <translation>Kart %1 alanına eklendi. Sonrakini yazın; geri almak için Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n kart silme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n card(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n kart silindi. Ctrl+Z ile geri alabilirsiniz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n kart taşıma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n kart %1 alanına taşındı. Geri almak için Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Kartları taşı</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to:</source>
        <translation>
            <numerusform>%n kart şuraya taşınsın:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two cards to merge (Ctrl+click or Shift+arrows).</source>
        <translation>Birleştirmek için iki kart seçin (Ctrl+tıklama ya da Shift+ok tuşları).</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation>Kartları birleştirme</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n card(s) into one. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n kart tek kartta birleştirildi. Ctrl+Z ile geri alabilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a card first.</source>
        <translation>Önce bir kart seçin.</translation>
    </message>
    <message>
        <source>Add a voter group first: its name and its dots.</source>
        <translation>Önce bir oylama grubu ekleyin: adını ve nokta hakkını girin.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n dot(s) on this card.</source>
        <translation>
            <numerusform>%1 grubunun bu kartta %n noktası var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n card(s) on the board</source>
        <translation>
            <numerusform>%n kartı panoya yerleştirme</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board: impact %1, effort %2 (%3).</source>
        <translation>Panoda: etki %1, çaba %2 (%3).</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation>Eyleme ya da hedefe dönüştürülecek kartları seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the action %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n kart %1 eylemine dönüştürüldü. Ctrl+Z ile geri alabilirsiniz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the objective %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n kart %1 hedefine dönüştürüldü. Ctrl+Z ile geri alabilirsiniz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 can spend %n dot(s).</source>
        <translation>
            <numerusform>%1 grubunun %n nokta hakkı var.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactEffortBoard</name>
    <message>
        <source>Effort →</source>
        <translation>Çaba →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Etki →</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Sheet %1, cell %2: %3</source>
        <translation>Sayfa %1, hücre %2: %3</translation>
    </message>
    <message>
        <source>Sheet %1: %2</source>
        <translation>Sayfa %1: %2</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <extracomment>What a column can become, in the order the wizard lists them, with their labels.</extracomment>
        <translation>(içe aktarılmaz)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Action (title)</source>
        <translation>Eylem (başlık)</translation>
    </message>
    <message>
        <source>Building block or condition</source>
        <translation>Yapı taşı ya da koşul</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Hedef gruplar</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Sorumlu kurum</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Paydaş kurumlar</translation>
    </message>
    <message>
        <source>Timeframe (start to end)</source>
        <translation>Zaman aralığı (başlangıç–bitiş)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>Tamamlanma (%)</translation>
    </message>
    <message>
        <source>Priority (1–5)</source>
        <translation>Öncelik (1–5)</translation>
    </message>
    <message>
        <source>Budget (amount)</source>
        <translation>Bütçe (tutar)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansman kaynağı</translation>
    </message>
    <message>
        <source>Indicators (KPI)</source>
        <translation>Göstergeler (performans göstergeleri)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riskler</translation>
    </message>
    <message>
        <source>It was changed in the plan after the export.</source>
        <translation>Dışa aktarmadan sonra planda değiştirildi.</translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <source>bring the edits of an exported workbook (or a mapped spreadsheet) into the plan</source>
        <translation>dışa aktarılmış bir çalışma kitabındaki (ya da sütun eşlemesi yapılmış bir hesap tablosundaki) düzenlemeleri plana aktarır</translation>
    </message>
    <message>
        <source>only show what would change; the plan is not touched</source>
        <translation>yalnızca nelerin değişeceğini gösterir; plana dokunulmaz</translation>
    </message>
    <message>
        <source>show the changes as JSON (with --dry-run: for other programs)</source>
        <translation>değişiklikleri JSON olarak gösterir (--dry-run ile: başka programlar için)</translation>
    </message>
    <message>
        <source>a column mapping (.json) for a spreadsheet LC Planner did not write</source>
        <translation>LC Planner&apos;ın oluşturmadığı bir hesap tablosu için sütun eşlemesi (.json)</translation>
    </message>
    <message>
        <source>import the rows of another plan&apos;s workbook as new rows</source>
        <translation>başka bir plana ait çalışma kitabının satırlarını yeni satırlar olarak içe aktarır</translation>
    </message>
    <message>
        <source>in a conflict, take the workbook&apos;s value (default: keep the plan&apos;s)</source>
        <translation>çakışmalarda çalışma kitabındaki değeri alır (varsayılan: plandaki değer korunur)</translation>
    </message>
    <message>
        <source>delete the rows missing from the workbook (default: keep them)</source>
        <translation>çalışma kitabında bulunmayan satırları plandan siler (varsayılan: bu satırlar korunur)</translation>
    </message>
    <message>
        <source>create the organisations the register does not know</source>
        <translation>kurum kaydında bulunmayan kurumları oluşturur</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to update</source>
        <translation>
            <numerusform>güncellenecek %n satır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation>
            <numerusform>%n yeni satır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing from the workbook</source>
        <translation>
            <numerusform>çalışma kitabında bulunmayan %n satır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n çakışma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n yeni kurum</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook holds no changes to the plan.</source>
        <translation>Çalışma kitabında plana aktarılacak bir değişiklik yok.</translation>
    </message>
    <message numerus="yes">
        <source>The workbook has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>Çalışma kitabında %n sorun var; hiçbir şey değiştirilmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. The plan before the import was kept as %1.</source>
        <translation>İçe aktarıldı. Planın içe aktarma öncesindeki hâli %1 olarak saklandı.</translation>
    </message>
    <message>
        <source>New row in %1, row %2: %3</source>
        <translation>%1 sayfasında yeni satır, %2. satır: %3</translation>
    </message>
    <message>
        <source>Not in the workbook (%1): %3 (deleted only with --delete-missing)</source>
        <translation>Çalışma kitabında yok (%1): %3 (yalnızca --delete-missing ile silinir)</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, %2. satır: %3</translation>
    </message>
    <message>
        <source>  %1 %2: %3 → %4</source>
        <translation>  %1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>  %1 %2: CONFLICT plan “%3”, workbook “%4”</source>
        <translation>  %1 %2: ÇAKIŞMA plan “%3”, çalışma kitabı “%4”</translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Hesap tablosunu içe aktar</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sayfa:</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>&amp;Başlık satırı:</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Dosya: %1</translation>
    </message>
    <message>
        <source>&amp;Columns: what each one becomes</source>
        <translation>Sütunlar: her birinin &amp;karşılığı</translation>
    </message>
    <message>
        <source>Building blocks and s&amp;tatuses of the values</source>
        <translation>&amp;Hücre değerlerinin yapı taşları ve durumları</translation>
    </message>
    <message>
        <source>(none: a problem)</source>
        <translation>(yok: sorun sayılır)</translation>
    </message>
    <message>
        <source>&amp;Area of rows without one:</source>
        <translation>Alanı &amp;olmayan satırların alanı:</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows</source>
        <translation>İlk satırların ö&amp;nizlemesi</translation>
    </message>
    <message>
        <source>Save &amp;mapping…</source>
        <translation>&amp;Eşlemeyi kaydet…</translation>
    </message>
    <message>
        <source>L&amp;oad mapping…</source>
        <translation>Eşlemeyi yük&amp;le…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>İçe &amp;aktar</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1 is empty. Choose the row that holds the column headers.</source>
        <translation>%1. satır boş. Sütun başlıklarının bulunduğu satırı seçin.</translation>
    </message>
    <message>
        <source>Building blocks and conditions</source>
        <translation>Yapı taşları ve koşullar</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Durumlar</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(seçin)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ve %n tane daha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cannot be read. Fix them in the spreadsheet, or choose what their values become, and import again.</source>
        <translation>
            <numerusform>%n hücre okunamıyor. Bunları elektronik tabloda düzeltin ya da değerlerinin neye karşılık geleceğini seçin ve yeniden içe aktarın.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has no rows to import under its headers.</source>
        <translation>Sayfada, başlıkların altında içe aktarılacak satır yok.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Eşlemeyi kaydet</translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation>İçe aktarma eşlemeleri (*.json)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Eşlemeyi yükle</translation>
    </message>
    <message>
        <source>Import mappings (*.json);;All files (*)</source>
        <translation>İçe aktarma eşlemeleri (*.json);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Row and field</source>
        <translation>Satır ve alan</translation>
    </message>
    <message>
        <source>Cell</source>
        <extracomment>The column of the preview with a cell&apos;s name in the workbook (&quot;F12&quot;).</extracomment>
        <translation>Hücre</translation>
    </message>
    <message>
        <source>In the plan</source>
        <extracomment>The column of the preview with the value the plan holds now.</extracomment>
        <translation>Plandaki değer</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <extracomment>The column of the preview with the value the workbook brings.</extracomment>
        <translation>Çalışma kitabındaki değer</translation>
    </message>
    <message>
        <source>Your choice</source>
        <extracomment>The column of the preview where the person decides (tick boxes).</extracomment>
        <translation>Seçiminiz</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A changed row: %1 its number in the sheet, %2 how a person knows it (&quot;BB1-3 Reading clubs&quot;).</extracomment>
        <translation>%1. satır: %2</translation>
    </message>
    <message>
        <source>Row %1, new: %2</source>
        <extracomment>A row the workbook adds to the plan: %1 its number in the sheet, %2 its code and title.</extracomment>
        <translation>%1. satır, yeni: %2</translation>
    </message>
    <message>
        <source>Not in the workbook: %1</source>
        <extracomment>A row of the plan the workbook no longer has: %1 its code and title.</extracomment>
        <translation>Çalışma kitabında yok: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <extracomment>A field changed both in the plan and in the workbook since the export: %1 the column&apos;s name.</extracomment>
        <translation>Çakışma: %1</translation>
    </message>
    <message>
        <source>Changed in the plan and in the workbook since the export: choose which value to keep.</source>
        <translation>Dışa aktarmadan bu yana hem planda hem de çalışma kitabında değiştirildi: hangi değerin kalacağını seçin.</translation>
    </message>
    <message>
        <source>Take the workbook&apos;s value</source>
        <extracomment>Tick box of a conflict; unticked, the plan&apos;s value stays.</extracomment>
        <translation>Çalışma kitabındaki değeri al</translation>
    </message>
    <message>
        <source>Unticked, the plan keeps its value. Space ticks or unticks.</source>
        <translation>İşaretlenmezse plandaki değer kalır. Boşluk tuşu işaretler ya da işareti kaldırır.</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Tick box of a row missing from the workbook: delete it from the plan.</extracomment>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Unticked, the row stays in the plan. Space ticks or unticks.</source>
        <translation>İşaretlenmezse satır planda kalır. Boşluk tuşu işaretler ya da işareti kaldırır.</translation>
    </message>
    <message>
        <source>Import preview: %1</source>
        <translation>İçe aktarma önizlemesi: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported from this workbook until %n problem(s) in it are fixed. The plan has not changed.</source>
        <translation>
            <numerusform>Bu çalışma kitabındaki %n sorun düzeltilene kadar hiçbir şey içe aktarılamaz. Plan değişmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook holds no changes to the plan.</source>
        <translation>Çalışma kitabında plana aktarılacak bir değişiklik yok.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 a number of changed values (&quot;12 changes&quot;), %2 of rows (&quot;5 rows&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n satır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n değişiklik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation>
            <numerusform>%n yeni satır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n çakışma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing from the workbook</source>
        <translation>
            <numerusform>çalışma kitabında bulunmayan %n satır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) not in the register</source>
        <translation>
            <numerusform>kurum kaydında bulunmayan %n kurum</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>İçe aktarmayla neler değişir</translation>
    </message>
    <message>
        <source>&amp;What the import would change:</source>
        <translation>İçe aktarmayla &amp;neler değişir:</translation>
    </message>
    <message>
        <source>Space ticks or unticks the choice on the current line.</source>
        <translation>Boşluk tuşu, geçerli satırdaki seçimi işaretler ya da işaretini kaldırır.</translation>
    </message>
    <message>
        <source>&amp;Next conflict</source>
        <translation>&amp;Sonraki çakışma</translation>
    </message>
    <message>
        <source>Go to the next conflict (F3)</source>
        <translation>Sonraki çakışmaya git (F3)</translation>
    </message>
    <message>
        <source>New organisations</source>
        <translation>Yeni kurumlar</translation>
    </message>
    <message>
        <source>Create the organisation “%1”</source>
        <translation>“%1” kurumunu oluştur</translation>
    </message>
    <message>
        <source>New &amp;organisations: the workbook names them, the register does not have them. Only the ticked ones are created.</source>
        <translation>Yeni &amp;kurumlar: çalışma kitabında adları geçiyor, ancak kurum kaydında yoklar. Yalnızca işaretlenenler oluşturulur.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Bulunan sorunlar:</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) not &amp;read: show why</source>
        <translation>
            <numerusform>%n hücre &amp;okunamadı: nedenini göster</numerusform>
        </translation>
    </message>
    <message>
        <source>Cells not read</source>
        <translation>Okunamayan hücreler</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Uygula</translation>
    </message>
</context>
<context>
    <name>IndicatorBox</name>
    <message>
        <source>Indicators</source>
        <translation>Göstergeler</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Gösterge ekle</translation>
    </message>
    <message>
        <source>New indicator, e.g. number of participants</source>
        <translation>Yeni gösterge, ör. katılımcı sayısı</translation>
    </message>
    <message>
        <source>New indicator name</source>
        <translation>Yeni gösterge adı</translation>
    </message>
    <message>
        <source>Measurements…</source>
        <translation>Ölçümler…</translation>
    </message>
    <message>
        <source>The selected indicator&apos;s values over time, with a chart</source>
        <translation>Seçili göstergenin zaman içindeki değerleri, grafikle</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Yeni gösterge</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 geçerli bir sayı değil.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Indicator</source>
        <translation>Gösterge</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Başlangıç değeri</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Başlangıç yılı</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Hedeflenen değer</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Hedef yılı</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Gerçekleşen</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Veri kaynağı</translation>
    </message>
</context>
<context>
    <name>InitiativeTable</name>
    <message>
        <source>Initiative</source>
        <translation>Girişim</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Yürüten</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Ulaşılan kitle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Ölçüt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LC Planner</source>
        <translation>LC Planner</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Gezinti paneli</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Yeni Plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <translation>&amp;Örnek Planı Aç</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>Kopyasını &amp;Farklı Kaydet…</translation>
    </message>
    <message>
        <source>&amp;Export Workplan…</source>
        <translation>İş Planını &amp;Dışa Aktar…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Sunum Modu</translation>
    </message>
    <message>
        <source>Action &amp;Editor</source>
        <translation>&amp;Eylem Düzenleyici</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tam Ekran</translation>
    </message>
    <message>
        <source>Workshop &amp;Timer</source>
        <translation>Çalıştay Süre Sa&amp;yacı</translation>
    </message>
    <message>
        <source>&amp;About LC Planner</source>
        <translation>LC Planner &amp;Hakkında</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF Olarak Dışa Aktar…</translation>
    </message>
    <message>
        <source>Progress Repor&amp;t…</source>
        <translation>İlerleme &amp;Raporu…</translation>
    </message>
    <message>
        <source>&amp;Import Workbook…</source>
        <translation>Çalışma Kitabını İç&amp;e Aktar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son Açılanlar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Sonraki &amp;Bölme</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Önceki Bö&amp;lme</translation>
    </message>
    <message>
        <source>&amp;Gaps…</source>
        <translation>E&amp;ksikler…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Gi&amp;t</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan kullanımda</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation>%1

Plan salt okunur olarak açılsın mı?</translation>
    </message>
    <message>
        <source>Upgraded the plan file; the old version is kept as %1</source>
        <translation>Plan dosyası yükseltildi; eski sürüm %1 olarak saklanıyor</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan aç</translation>
    </message>
    <message>
        <source>LC Planner plans (%1)</source>
        <translation>LC Planner planları (%1)</translation>
    </message>
    <message>
        <source>Demo plan</source>
        <translation>Örnek plan</translation>
    </message>
    <message>
        <source>Cannot create the demo plan</source>
        <translation>Örnek plan oluşturulamıyor</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation>Yeni planı kaydet</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>Plan oluşturulamıyor</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <source>%1 – LC Planner</source>
        <translation>%1 – LC Planner</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [salt okunur]</translation>
    </message>
    <message>
        <source>About LC Planner</source>
        <translation>LC Planner Hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı: learning-city action plans for workshops, offline.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı: atölye çalışmaları için çevrimdışı Öğrenen Şehir eylem planları.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Lisans: GNU GPL sürüm 3 veya sonrası.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 geçerli bir tarih değil.</translation>
    </message>
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>MeasurementsDialog</name>
    <message>
        <source>Measurements of %1</source>
        <translation>%1 ölçümleri</translation>
    </message>
    <message>
        <source>Baseline: %1   Target: %2   Latest: %3</source>
        <translation>Başlangıç: %1   Hedef: %2   Son değer: %3</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Ölçümler</translation>
    </message>
    <message>
        <source>Date of the new measurement</source>
        <translation>Yeni ölçümün tarihi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Yeni değer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Source of the new value</source>
        <translation>Yeni değerin kaynağı</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>Ye&amp;ni:</translation>
    </message>
    <message>
        <source>Write a date.</source>
        <translation>Bir tarih yazın.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>%1 dosyasını birleştir</translation>
    </message>
    <message>
        <source>The copy&apos;s base snapshot is gone: every difference is a decision.</source>
        <translation>Kopyanın temel anlık görüntüsü yok: her fark bir karar.</translation>
    </message>
    <message>
        <source>Merged against the snapshot “%1”, the state the copy started from.</source>
        <translation>Kopyanın başladığı hâl olan “%1” anlık görüntüsüne göre birleştiriliyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the copy.</source>
        <translation>
            <numerusform>Kopyadan %n değişiklik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide.</source>
        <translation>
            <numerusform>Karar verilecek %n çakışma.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Çakışmalar (%1)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan adı</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Planda</translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation>Kopyada</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Keep &amp;Ours</source>
        <translation>Planınkini Kor&amp;u</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Kopyanınkini &amp;Al</translation>
    </message>
    <message>
        <source>Ch&amp;anges (%1)</source>
        <translation>Değişi&amp;klikler (%1)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Düze&amp;nle…</translation>
    </message>
    <message>
        <source>No conflicts: the plan and the copy changed different things.</source>
        <translation>Çakışma yok: plan ve kopya farklı şeyleri değiştirmiş.</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(duruyor)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(silindi)</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>deleted in the plan, edited in the copy</source>
        <translation>planda silindi, kopyada düzenlendi</translation>
    </message>
    <message>
        <source>edited in the plan, deleted in the copy</source>
        <translation>planda düzenlendi, kopyada silindi</translation>
    </message>
    <message>
        <source>what it belongs to was deleted</source>
        <translation>bağlı olduğu kayıt silindi</translation>
    </message>
    <message>
        <source>only in the plan</source>
        <translation>yalnızca planda</translation>
    </message>
    <message>
        <source>only in the copy</source>
        <translation>yalnızca kopyada</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Düzenlendi: %1</translation>
    </message>
    <message>
        <source>Take the copy&apos;s</source>
        <translation>Kopyanınkini al</translation>
    </message>
    <message>
        <source>Keep the plan&apos;s</source>
        <translation>Planınkini koru</translation>
    </message>
    <message>
        <source>Edit the value</source>
        <translation>Değeri düzenle</translation>
    </message>
    <message>
        <source>The value the plan keeps:</source>
        <translation>Planda kalacak değer:</translation>
    </message>
    <message>
        <source>Renumbered: %1 is now %2 (the plan already had %1).</source>
        <translation>Yeniden numaralandı: %1 artık %2 (planda zaten %1 vardı).</translation>
    </message>
    <message>
        <source>The same %1 in both, kept once: %2.</source>
        <translation>İkisinde de aynı %1, bir kez tutuldu: %2.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ve %n tane daha.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MilestoneBox</name>
    <message>
        <source>Milestones</source>
        <translation>Kilometre taşları</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Kilometre taşı ekle</translation>
    </message>
    <message>
        <source>New milestone, e.g. opening day</source>
        <translation>Yeni kilometre taşı, örneğin açılış günü</translation>
    </message>
    <message>
        <source>New milestone name</source>
        <translation>Yeni kilometre taşının adı</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Yeni kilometre taşı</translation>
    </message>
</context>
<context>
    <name>MilestoneModel</name>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 geçerli bir tarih değil.</translation>
    </message>
</context>
<context>
    <name>MilestoneTable</name>
    <message>
        <source>Milestone</source>
        <translation>Kilometre taşı</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Ulaşıldı</translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <source>No update for this period yet: type to report one.</source>
        <translation>Bu dönem için henüz bildirim yok: bildirmek için yazın.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(bildirilmedi)</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&lt;h2&gt;Monitoring round&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;İzleme turu&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Raporlama dönemi</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Dö&amp;nem:</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>&amp;Raporlama:</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tüm alanlar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Alan:</translation>
    </message>
    <message>
        <source>Only actions &amp;without an update</source>
        <translation>Yalnızca bildirimi &amp;olmayan eylemler</translation>
    </message>
    <message>
        <source>Earlier period (Ctrl+PgUp)</source>
        <translation>Önceki dönem (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Earlier period</source>
        <translation>Önceki dönem</translation>
    </message>
    <message>
        <source>Later period (Ctrl+PgDown)</source>
        <translation>Sonraki dönem (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Later period</source>
        <translation>Sonraki dönem</translation>
    </message>
    <message>
        <source>Progress of each action</source>
        <translation>Her eylemin ilerlemesi</translation>
    </message>
    <message>
        <source>Status: type its first letter (again for the next one). Other cells: type, then Enter goes down, Tab goes right. Ctrl+Shift+C copies what the action reported before.</source>
        <translation>Durum: ilk harfini yazın (sonrakine geçmek için yine). Öteki hücreler: yazın; Enter aşağı, Tab sağa geçer. Ctrl+Shift+C eylemin önceki dönemde bildirdiğini kopyalar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action(s) reported for %2.</source>
        <translation>
            <numerusform>%2 için %n eylemden %1 tanesi bildirildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringTable</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Önceki dönem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>Tamamlanma (%)</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Yapılanlar</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Bildiren</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Bildirim tarihi</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>1 Stakeholders</source>
        <translation>1 Paydaşlar</translation>
    </message>
    <message>
        <source>2 Stock-take</source>
        <translation>2 Durum tespiti</translation>
    </message>
    <message>
        <source>3 Ideas and votes</source>
        <translation>3 Fikirler ve oylar</translation>
    </message>
    <message>
        <source>Workshop, step 1: who is in the room and who should be (Ctrl+Shift+1)</source>
        <translation>Çalıştay, 1. adım: salonda kimler var, kimler olmalı (Ctrl+Shift+1)</translation>
    </message>
    <message>
        <source>Workshop, step 2: what the city already has, area by area (Ctrl+Shift+2)</source>
        <translation>Çalıştay, 2. adım: şehirde alan alan neler zaten var (Ctrl+Shift+2)</translation>
    </message>
    <message>
        <source>Workshop, steps 3 and 4: ideas on the wall, dots and the impact-effort board; the best become actions (Ctrl+Shift+3)</source>
        <translation>Çalıştay, 3. ve 4. adımlar: duvardaki fikirler, noktalar ve etki–çaba panosu; en iyileri eyleme dönüşür (Ctrl+Shift+3)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Monitoring round</source>
        <translation>İzleme turu</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Gösterge paneli</translation>
    </message>
    <message>
        <source>Every action as a bar over the plan&apos;s years; drag or Shift+arrows to move (Ctrl+Shift+4)</source>
        <translation>Her eylem planın yılları üzerinde bir çubuk; taşımak için sürükleyin ya da Shift+ok tuşları (Ctrl+Shift+4)</translation>
    </message>
    <message>
        <source>Each action&apos;s progress for a reporting period, typed in place (Ctrl+Shift+5)</source>
        <translation>Bir raporlama döneminde her eylemin ilerlemesi, tabloya yazılarak (Ctrl+Shift+5)</translation>
    </message>
    <message>
        <source>Per area: actions by status, spending, indicators against targets, who has not reported (Ctrl+Shift+6)</source>
        <translation>Alan alan: duruma göre eylemler, harcama, hedeflerine göre göstergeler, bildirim yapmayanlar (Ctrl+Shift+6)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n action(s)</source>
        <translation>
            <numerusform>%1: %2, %n eylem</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (some actions lack a lead, an indicator, a budget or dates)</source>
        <translation>%1 (bazı eylemlerin sorumlu kurumu, göstergesi, bütçesi veya tarihleri eksik)</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Yeni plan</translation>
    </message>
    <message>
        <source>Learning City Action Plan</source>
        <translation>Öğrenen Şehir Eylem Planı</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>İlk yıl</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Son yıl</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Şe&amp;hir:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Dö&amp;nem:</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation>Plan di&amp;li:</translation>
    </message>
    <message>
        <source>%1 Learning City Action Plan</source>
        <translation>%1 Öğrenen Şehir Eylem Planı</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>(choose)</source>
        <translation>(seçin)</translation>
    </message>
    <message>
        <source>No sector yet: choose one (double-click the Sector cell).</source>
        <translation>Henüz sektör yok: bir sektör seçin (Sektör hücresine çift tıklayın).</translation>
    </message>
</context>
<context>
    <name>OrganisationTable</name>
    <message>
        <source>Organisation</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>İrtibat kişisi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Sorumlu olduğu eylemler</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation>Paydaşı olduğu eylemler</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>&lt;h2&gt;Organisations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kurumlar&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <source>New organisation: type its name and press Enter</source>
        <translation>Yeni kurum: adını yazın ve Enter tuşuna basın</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Yeni kurum</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Birleştir…</translation>
    </message>
    <message>
        <source>Select two organisations that are the same, then merge</source>
        <translation>Aynı olan iki kurumu seçin, ardından birleştirin</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Actions of the organisation</source>
        <translation>Kurumun eylemleri</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Kurum silme</translation>
    </message>
    <message>
        <source>Select exactly two organisations to merge.</source>
        <translation>Birleştirmek için tam olarak iki kurum seçin.</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Kurumları birleştir</translation>
    </message>
    <message>
        <source>Keep which name? The other is merged into it.</source>
        <translation>Hangi ad korunsun? Diğer kurum bununla birleştirilecek.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an organisation to see its actions.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Eylemlerini görmek için bir kurum seçin.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;yok&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Leads %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Sorumlu olduğu %n eylem:&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Partner in %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Paydaşı olduğu %n eylem:&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Plan properties</source>
        <translation>Plan bilgileri</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>İlk yıl</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Son yıl</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Şe&amp;hir:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Ül&amp;ke:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>V&amp;ision:</source>
        <translation>&amp;Vizyon:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Dö&amp;nem:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Para birimi:</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation>Plan di&amp;li:</translation>
    </message>
    <message>
        <source>Approval status:</source>
        <translation>Onay durumu:</translation>
    </message>
    <message>
        <source>Approval date:</source>
        <translation>Onay tarihi:</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Onay tarihi</translation>
    </message>
    <message>
        <source>The day the council approved the plan (a draft has none)</source>
        <translation>Meclisin planı onayladığı gün (taslağın onay tarihi olmaz)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Sürüm:</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>örn. 1.0</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Hazırlayan:</translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s planning office</source>
        <translation>örn. belediyenin planlama birimi</translation>
    </message>
    <message>
        <source>&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2, %3 · %4–%5&lt;/p&gt;</source>
        <translation>&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2, %3 · %4–%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2 · %4–%5&lt;/p&gt;</source>
        <translation>&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2 · %4–%5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PartnersBox</name>
    <message>
        <source>Organisation</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Paydaşlar</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Paydaş kurum</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation>Bir kurum seçin veya yeni bir kurum adı yazın</translation>
    </message>
    <message>
        <source>Partner role</source>
        <translation>Paydaşın rolü</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Paydaş ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>%1 için rol</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The page number in each page&apos;s header: %1 this page, %2 the number of pages.</extracomment>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <source>Learning city action plan</source>
        <translation>Öğrenen şehir eylem planı</translation>
    </message>
    <message>
        <source>The plan at a glance</source>
        <translation>Bir bakışta plan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A label and its value (&quot;City: İzmir&quot;); French writes &quot;%1 : %2&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A value and its unit (&quot;78.5 %&quot;, &quot;3 houses&quot;).
----------
A code and its name or statement (&quot;BB1 Inclusive learning…&quot;, &quot;BB1-O1 Widen access…&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A value and the year it was measured or is aimed at (&quot;78.5 % (2025)&quot;).
----------
An organisation and its role in an action (&quot;Library (Funder)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list (&quot;Municipal, National&quot;); Arabic writes &quot;، &quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A city and its country (&quot;İzmir, Türkiye&quot;).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>From a date to a date.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vizyon</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation>Plan dönemi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Plan dili</translation>
    </message>
    <message>
        <source>Date of export</source>
        <translation>Dışa aktarma tarihi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <source>Plan identifier</source>
        <translation>Plan kimliği</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Onay durumu</translation>
    </message>
    <message>
        <source>Date of approval</source>
        <translation>Onay tarihi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Hazırlayan</translation>
    </message>
    <message>
        <source>The municipality&apos;s role</source>
        <translation>Belediyenin rolü</translation>
    </message>
    <message>
        <source>Number of organisations</source>
        <translation>Kurum sayısı</translation>
    </message>
    <message>
        <source>Number of objectives</source>
        <translation>Hedef sayısı</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation>Eylem sayısı</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>Toplam bütçe</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bütçe</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation>Bütçe toplamı</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation>Eksiği olan eylemler</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Yararlar</translation>
    </message>
    <message>
        <source>Outcome indicators</source>
        <translation>Sonuç göstergeleri</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Göstergeler</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation>(hedef yok)</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Henüz eylem yok.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belirlenmedi</translation>
    </message>
    <message>
        <source>Budget of the area</source>
        <translation>Alanın bütçesi</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <source>Contact persons, e-mail addresses and phone numbers are kept in the plan file and not printed.</source>
        <translation>İletişim kişileri, e-posta adresleri ve telefon numaraları plan dosyasında saklanır, basılmaz.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Hedef gruplar</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation>Paydaşlar (rol)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>Tamamlanma (%)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation>Temel özellikler</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation>Kılavuz alanları</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riskler</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Finansman kaynakları</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Gösterge</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Başlangıç değeri</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Hedeflenen değer</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Gerçekleşen</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Veri kaynağı</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansman kaynağı</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation>Kesinleşmiş / beklenen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>kesinleşmiş</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>beklenen</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation>Kesinleşmiş toplam</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation>Beklenen toplam</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Sorumlu olduğu eylemler</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation>Paydaşı olduğu eylemler</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation>Durum tespiti: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n hedef</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n eylem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation>
            <numerusform>⚠ %n eksik</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
</context>
<context>
    <name>PdfCli</name>
    <message>
        <source>write the plan as a PDF document, or its temple as a wall poster</source>
        <translation>planı PDF belgesi olarak ya da tapınağını duvar afişi olarak yazar</translation>
    </message>
    <message>
        <source>the PDF to write (.pdf)</source>
        <translation>yazılacak PDF (.pdf)</translation>
    </message>
    <message>
        <source>language of the PDF (default: the plan&apos;s language)</source>
        <translation>PDF&apos;nin dili (varsayılan: planın dili)</translation>
    </message>
    <message>
        <source>paper size (default: A4 for the document, A3 for the poster)</source>
        <translation>kâğıt boyutu (varsayılan: belge için A4, afiş için A3)</translation>
    </message>
    <message>
        <source>one page with the temple: a wall poster</source>
        <translation>tapınağı tek sayfada basar: bir duvar afişi</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>%1 dosyasına %n sayfa yazıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF olarak dışa aktar</translation>
    </message>
    <message>
        <source>PDF la&amp;nguage:</source>
        <translation>PDF di&amp;li:</translation>
    </message>
    <message>
        <source>Pape&amp;r size:</source>
        <translation>Kâğıt &amp;boyutu:</translation>
    </message>
    <message>
        <source>&amp;Complete plan: cover, temple and every area</source>
        <translation>Planın ta&amp;mamı: kapak, tapınak ve her alan</translation>
    </message>
    <message>
        <source>Temple wall &amp;poster on one page</source>
        <translation>Tek sayfada tapınak duvar a&amp;fişi</translation>
    </message>
    <message>
        <source>%1 poster</source>
        <translation>%1 afiş</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>%1 dosyasına %n sayfa yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF failed</source>
        <translation>PDF dışa aktarılamadı</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Q%1 %2</source>
        <translation>%2 %1. çeyrek</translation>
    </message>
</context>
<context>
    <name>PlanError</name>
    <message>
        <source>Action %1 is in an unknown area.</source>
        <translation>%1 kodlu eylem bilinmeyen bir alanda.</translation>
    </message>
    <message>
        <source>Objective %1 is in an unknown area.</source>
        <translation>%1 kodlu hedef bilinmeyen bir alanda.</translation>
    </message>
    <message>
        <source>Action %1 has an unknown status.</source>
        <translation>%1 kodlu eylemin durumu bilinmiyor.</translation>
    </message>
    <message>
        <source>The plan “%1” is a draft but has an approval date.</source>
        <translation>“%1” planı taslak olduğu hâlde bir onay tarihi taşıyor.</translation>
    </message>
    <message>
        <source>Action %1 has a priority or percentage out of range.</source>
        <translation>%1 kodlu eylemin önceliği veya tamamlanma yüzdesi izin verilen aralığın dışında.</translation>
    </message>
    <message>
        <source>Action %1 ends before it starts.</source>
        <translation>%1 kodlu eylemin bitiş tarihi başlangıç tarihinden önce.</translation>
    </message>
    <message>
        <source>The lead of action %1 belongs to another plan.</source>
        <translation>%1 kodlu eylemin sorumlu kurumu başka bir plana ait.</translation>
    </message>
    <message>
        <source>Action %1 sits under an objective of another area.</source>
        <translation>%1 kodlu eylem, başka bir alana ait bir hedefin altında.</translation>
    </message>
    <message>
        <source>A partner of action %1 has an unknown role.</source>
        <translation>%1 kodlu eylemin paydaşlarından birinin rolü bilinmiyor.</translation>
    </message>
    <message>
        <source>A budget line of action %1 is negative or has an unknown source.</source>
        <translation>%1 kodlu eylemin bir bütçe kalemi negatif ya da finansman kaynağı bilinmiyor.</translation>
    </message>
    <message>
        <source>Indicator %1 has an unknown kind.</source>
        <translation>%1 adlı göstergenin türü bilinmiyor.</translation>
    </message>
    <message>
        <source>Organisation %1 has an unknown sector.</source>
        <translation>%1 adlı kurumun sektörü bilinmiyor.</translation>
    </message>
    <message>
        <source>The card “%1” is in an unknown area.</source>
        <translation>“%1” kartı bilinmeyen bir alanda.</translation>
    </message>
    <message>
        <source>The prompt %1 is in an unknown area.</source>
        <translation>%1 kodlu ölçüt bilinmeyen bir alanda.</translation>
    </message>
    <message>
        <source>The initiative %1 is in an unknown area.</source>
        <translation>%1 adlı girişim bilinmeyen bir alanda.</translation>
    </message>
    <message>
        <source>The rating %1 has an unknown area or level.</source>
        <translation>%1 değerlendirmesinin alanı veya düzeyi bilinmiyor.</translation>
    </message>
    <message>
        <source>The stakeholder %1 has an influence or interest out of range.</source>
        <translation>%1 paydaşının etki veya ilgi değeri izin verilen aralığın dışında.</translation>
    </message>
    <message>
        <source>The group %1 has spent more dots than its budget.</source>
        <translation>%1 grubu nokta hakkından fazla nokta kullanmış.</translation>
    </message>
    <message>
        <source>Action %1 has no lead organisation.</source>
        <translation>%1 kodlu eylemin sorumlu kurumu yok.</translation>
    </message>
    <message>
        <source>Action %1 has no indicator.</source>
        <translation>%1 kodlu eylemin göstergesi yok.</translation>
    </message>
    <message>
        <source>Action %1 has no budget.</source>
        <translation>%1 kodlu eylemin bütçesi yok.</translation>
    </message>
    <message>
        <source>Action %1 has no start or end date.</source>
        <translation>%1 kodlu eylemin başlangıç veya bitiş tarihi yok.</translation>
    </message>
    <message>
        <source>Database damage: %1</source>
        <translation>Veritabanı hasarı: %1</translation>
    </message>
    <message>
        <source>Row %2 of %1 points to a missing row of %3.</source>
        <translation>%1 tablosundaki %2 numaralı satır, %3 tablosunda bulunmayan bir satırı gösteriyor.</translation>
    </message>
    <message>
        <source>Action %1 names unknown key features: %2.</source>
        <translation>%1 kodlu eylemde bilinmeyen temel özellikler var: %2.</translation>
    </message>
    <message>
        <source>Action %1 has a date outside the plan period.</source>
        <translation>%1 kodlu eylemin bir tarihi plan döneminin dışında.</translation>
    </message>
    <message>
        <source>Organisation %1 has no sector yet.</source>
        <translation>%1 kurumunun henüz sektörü yok.</translation>
    </message>
    <message>
        <source>A budget line for %1 lies outside the plan period.</source>
        <translation>%1 yılına ait bir bütçe kalemi plan döneminin dışında kalıyor.</translation>
    </message>
    <message>
        <source>An indicator belongs to one action or one objective.</source>
        <translation>Bir gösterge yalnızca bir eyleme veya bir hedefe ait olabilir.</translation>
    </message>
    <message>
        <source>The change could not be saved to the plan file: %1</source>
        <translation>Değişiklik plan dosyasına kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>An organisation named %1 already exists.</source>
        <translation>%1 adlı bir kurum zaten var.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation>Bir kurum kendisiyle birleştirilemez.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1): what you see may be out of date until the connection is back.</source>
        <translation>Sunucuya ulaşılamıyor (%1): bağlantı geri gelene kadar gördükleriniz güncel olmayabilir.</translation>
    </message>
    <message>
        <source>The change could not be sent to the server: %1. It is kept and sent when the connection is back.</source>
        <translation>Değişiklik sunucuya gönderilemedi: %1. Saklanıyor ve bağlantı geri gelince gönderilecek.</translation>
    </message>
    <message>
        <source>The code %1 is already used.</source>
        <translation>%1 kodu zaten kullanılıyor.</translation>
    </message>
    <message>
        <source>The objective is not part of this plan.</source>
        <translation>Bu hedef bu plana ait değil.</translation>
    </message>
    <message>
        <source>The objective %1 belongs to another area (%2).</source>
        <translation>%1 kodlu hedef başka bir alana ait (%2).</translation>
    </message>
    <message>
        <source>The lead must be an organisation of this plan.</source>
        <translation>Sorumlu kurum, bu plandaki kurumlardan biri olmalıdır.</translation>
    </message>
    <message>
        <source>An organisation is listed twice among the partners.</source>
        <translation>Bir kurum paydaşlar arasında iki kez yer alıyor.</translation>
    </message>
    <message>
        <source>A partner must be an organisation of this plan.</source>
        <translation>Paydaş, bu plandaki kurumlardan biri olmalıdır.</translation>
    </message>
    <message>
        <source>%1 already leads this action.</source>
        <translation>%1 zaten bu eylemin sorumlu kurumu.</translation>
    </message>
    <message>
        <source>The plan could not be processed.</source>
        <translation>Plan işlenemedi.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>%1 dosyası mevcut değil.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file.</source>
        <translation>%1 bir klasör, plan dosyası değil.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a plan file.</source>
        <translation>%1 dosyası boş: bir plan dosyası değil.</translation>
    </message>
    <message>
        <source>The file %1 is not an LC Planner plan file (it is not a database).</source>
        <translation>%1 dosyası bir LC Planner plan dosyası değil (bir veritabanı değil).</translation>
    </message>
    <message>
        <source>The file %1 is a spreadsheet or another zipped document, not an LC Planner plan file.</source>
        <translation>%1 dosyası bir hesap tablosu veya başka bir sıkıştırılmış belge; LC Planner plan dosyası değil.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not an LC Planner plan.</source>
        <translation>%1 dosyası başka bir programa ait bir veritabanı; LC Planner planı değil.</translation>
    </message>
    <message>
        <source>The plan file %1 is damaged or incomplete (%2). Open a backup copy or the latest saved copy.</source>
        <translation>%1 plan dosyası hasarlı veya eksik (%2). Bir yedek kopyayı ya da en son kaydedilen kopyayı açın.</translation>
    </message>
    <message>
        <source>The plan file %1 was made by a newer LC Planner (schema version %2; this version reads up to %3). Update LC Planner to open it.</source>
        <translation>%1 plan dosyası LC Planner&apos;ın daha yeni bir sürümüyle oluşturulmuş (şema sürümü %2; bu sürüm en fazla %3 sürümünü okuyabilir). Dosyayı açmak için LC Planner&apos;ı güncelleyin.</translation>
    </message>
    <message>
        <source>The plan file %1 is read-only (or its folder is). Open it read-only, or save a copy somewhere you can write.</source>
        <translation>%1 plan dosyası (veya bulunduğu klasör) salt okunur. Dosyayı salt okunur olarak açın ya da yazma izniniz olan bir konuma kopyasını kaydedin.</translation>
    </message>
    <message>
        <source>The plan file %1 was made by an older LC Planner and cannot be read without upgrading it. Open it for editing once (a backup copy is kept).</source>
        <translation>%1 plan dosyası LC Planner&apos;ın daha eski bir sürümüyle oluşturulmuş ve yükseltilmeden okunamaz. Dosyayı bir kez düzenleme için açın (bir yedek kopyası saklanır).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>%1 dosyası okunamıyor: %2</translation>
    </message>
    <message>
        <source>The plan file %1 is already open for editing by %2 since %3. You can open it read-only.</source>
        <translation>%1 plan dosyası %3 itibarıyla %2 tarafından düzenlenmek üzere açık. Dosyayı salt okunur olarak açabilirsiniz.</translation>
    </message>
    <message>
        <source>The plan file %1 could not be upgraded to this version (%2). It was not changed; a backup is at %3.</source>
        <translation>%1 plan dosyası bu sürüme yükseltilemedi (%2). Dosya değiştirilmedi; yedek kopyanın konumu: %3.</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>%1 dosyası zaten var.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket), so it is not a plan file.</source>
        <translation>%1 normal bir dosya değil (bir aygıt, boru ya da soket), dolayısıyla bir plan dosyası değil.</translation>
    </message>
    <message>
        <source>The plan file %1 was changed by another program (%2), so it was not opened. You can rescue its data into a new, clean plan.</source>
        <translation>%1 plan dosyası başka bir program tarafından değiştirilmiş (%2), bu yüzden açılmadı. Verilerini yeni ve temiz bir plana kurtarabilirsiniz.</translation>
    </message>
    <message>
        <source>The plan file %1 is busy: another program is writing to it. Try again in a moment, or close the other program.</source>
        <translation>%1 plan dosyası meşgul: başka bir program dosyaya yazıyor. Birazdan yeniden deneyin ya da diğer programı kapatın.</translation>
    </message>
    <message>
        <source>The plan file %1 was left in the middle of a save and must be repaired before it can be read, but it is read-only here. Copy it, with the file %2 beside it, to a folder where you can write, and open the copy.</source>
        <translation>%1 plan dosyası bir kaydetme işleminin ortasında kalmış; okunabilmesi için önce onarılması gerekiyor, ancak burada salt okunur. Dosyayı yanındaki %2 dosyasıyla birlikte yazma izniniz olan bir klasöre kopyalayın ve kopyayı açın.</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be opened for editing: %2 is in the way of its lock file. Remove or rename it, or open the plan read-only.</source>
        <translation>%1 plan dosyası düzenlemek için açılamıyor: %2, dosyanın kilit dosyasının yerini tutuyor. Onu kaldırın ya da adını değiştirin veya planı salt okunur olarak açın.</translation>
    </message>
    <message>
        <source>The plan file %1 has a lock left behind by %2, whose LC Planner is no longer running, but this account may not remove it. Delete the file %3, or open the plan read-only.</source>
        <translation>%1 plan dosyasında %2 kullanıcısından kalmış bir kilit var; o kullanıcının LC Planner&apos;ı artık çalışmıyor, ancak bu hesap kilidi kaldıramıyor. %3 dosyasını silin ya da planı salt okunur olarak açın.</translation>
    </message>
    <message>
        <source>%1 is a plan open for editing by %2; it cannot be replaced. Choose another name.</source>
        <translation>%1, %2 tarafından düzenlenmek üzere açık bir plan; üzerine yazılamaz. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>%1 is the plan itself; a copy cannot replace it. Choose another name.</source>
        <translation>%1 planın kendisi; bir kopya onun yerine yazılamaz. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>No data could be rescued from %1: %2</source>
        <translation>%1 dosyasından hiçbir veri kurtarılamadı: %2</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes are not allowed.</source>
        <translation>Bu plan salt okunur olarak açık; değişiklik yapılamaz.</translation>
    </message>
    <message>
        <source>You may view this plan but not change it: ask its owner to make you an editor.</source>
        <translation>Bu planı görüntüleyebilirsiniz ama değiştiremezsiniz: sahibinden sizi düzenleyici yapmasını isteyin.</translation>
    </message>
    <message>
        <source>The plan is closed.</source>
        <translation>Plan kapalı.</translation>
    </message>
    <message>
        <source>The item no longer exists in this plan.</source>
        <translation>Bu öge artık bu planda yok.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Değer geçerli değil.</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters, at most %2 fit here.</source>
        <translation>Bu metin çok uzun: %1 karakter; buraya en fazla %2 karakter sığar.</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation>Bilinmeyen alan: %1.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>Bu alan boş bırakılamaz.</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation>%1 geçerli bir yıl değil.</translation>
    </message>
    <message>
        <source>The year %1 is out of range (%2-%3).</source>
        <translation>%1 yılı geçerli aralığın dışında (%2-%3).</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 geçerli bir tarih değil.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 bir tam sayı değil.</translation>
    </message>
    <message>
        <source>The value must be between %1 and %2.</source>
        <translation>Değer %1 ile %2 arasında olmalıdır.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 geçerli bir sayı değil.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Tutar negatif olamaz.</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation>%1 tutarı çok büyük.</translation>
    </message>
    <message>
        <source>%1 is not an allowed value here.</source>
        <translation>%1 burada izin verilen bir değer değil.</translation>
    </message>
    <message>
        <source>Unknown code %1.</source>
        <translation>Bilinmeyen kod: %1.</translation>
    </message>
    <message>
        <source>%1 is not a building block or fundamental condition (BB1-BB6, FC1-FC3).</source>
        <translation>%1 bir yapı taşı veya temel koşul değil (BB1-BB6, FC1-FC3).</translation>
    </message>
    <message>
        <source>%1 is not an area of the framework (B1-B3, BB1-BB6, FC1-FC3).</source>
        <translation>%1 çerçevenin alanlarından biri değil (B1-B3, BB1-BB6, FC1-FC3).</translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation>Plan döneminin bitişi (%1), başlangıcından (%2) önce.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>Bitiş tarihi (%1), başlangıç tarihinden (%2) önce.</translation>
    </message>
    <message>
        <source>A draft plan has no approval date: choose another approval status first, or clear the date.</source>
        <translation>Taslak bir planın onay tarihi olmaz: önce başka bir onay durumu seçin ya da tarihi silin.</translation>
    </message>
    <message>
        <source>%1 is not a language code.</source>
        <translation>%1 geçerli bir dil kodu değil.</translation>
    </message>
    <message>
        <source>%1 is not a currency code (three letters, e.g. TRY).</source>
        <translation>%1 geçerli bir para birimi kodu değil (üç harf, ör. TRY).</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 geçerli bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>This is not a row identifier.</source>
        <translation>Bu bir satır kimliği değil.</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>Burada bir tarih gerekli.</translation>
    </message>
    <message>
        <source>Use yes or no here.</source>
        <translation>Burada evet veya hayır kullanın.</translation>
    </message>
    <message>
        <source>The workplan could not be written: %1</source>
        <translation>İş planı yazılamadı: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Dışa aktarma iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Dosya yazılamadı: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 klasörü mevcut değil.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation>%1 bir klasör değil, bir dosya. Başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another folder.</source>
        <translation>%1 klasörüne yazılamıyor. Başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>The file name %1 is too long for the file system of its drive (%2 bytes; at most %3). Choose a shorter name.</source>
        <translation>%1 dosya adı, sürücüsünün dosya sistemi için çok uzun (%2 bayt; en çok %3). Daha kısa bir ad seçin.</translation>
    </message>
    <message>
        <source>The name or folder path of %1 is too long for this system. Choose a shorter name.</source>
        <translation>%1 dosyasının adı ya da klasör yolu bu sistem için çok uzun. Daha kısa bir ad seçin.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space or choose another drive.</source>
        <translation>Disk dolu, bu yüzden %1 yazılamadı. Biraz yer açın ya da başka bir sürücü seçin.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
    <message>
        <source>%1 is the plan being exported; the workplan must not replace it. Choose another name.</source>
        <translation>%1 dışa aktarılan planın kendisi; iş planı onun yerine yazılamaz. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket). Choose another name.</source>
        <translation>%1 normal bir dosya değil (bir aygıt, boru ya da soket). Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx.</source>
        <translation>%1 bir plan dosyası adı (.lcplan), çalışma kitabı adı değil. .xlsx ile biten bir ad seçin.</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx, or add --force to write the workbook there anyway.</source>
        <translation>%1 bir plan dosyası adı (.lcplan), çalışma kitabı adı değil. .xlsx ile biten bir ad seçin ya da çalışma kitabını yine de oraya yazmak için --force ekleyin.</translation>
    </message>
    <message>
        <source>%1 is not a workbook name: an Excel workbook&apos;s name ends in .xlsx. Choose a name ending in .xlsx.</source>
        <translation>%1 bir çalışma kitabı adı değil: Excel çalışma kitaplarının adı .xlsx ile biter. .xlsx ile biten bir ad seçin.</translation>
    </message>
    <message>
        <source>%1 is not a workbook name: an Excel workbook&apos;s name ends in .xlsx. Choose a name ending in .xlsx, or add --force to write the workbook under this name anyway.</source>
        <translation>%1 bir çalışma kitabı adı değil: Excel çalışma kitaplarının adı .xlsx ile biter. .xlsx ile biten bir ad seçin ya da çalışma kitabını yine de bu adla yazmak için --force ekleyin.</translation>
    </message>
    <message>
        <source>The disk is full where temporary files go (%1), so %2 could not be written. Free some space there and try again.</source>
        <translation>Geçici dosyaların yazıldığı disk (%1) dolu, bu yüzden %2 yazılamadı. Orada biraz yer açıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name.</source>
        <translation>%1 zaten var ve bir Excel çalışma kitabı değil, bu yüzden olduğu gibi bırakıldı. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name, or add --force to replace it.</source>
        <translation>%1 zaten var ve bir Excel çalışma kitabı değil, bu yüzden olduğu gibi bırakıldı. Başka bir ad seçin ya da üzerine yazmak için --force ekleyin.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation>%1 bir klasör, dosya adı değil.</translation>
    </message>
    <message>
        <source>%1 could not be written: the file is larger than the file size limit of this drive or account (file too large). Choose another drive, or ask your administrator to raise the limit.</source>
        <translation>%1 yazılamadı: dosya bu sürücünün ya da hesabın dosya boyutu sınırından büyük (dosya çok büyük). Başka bir sürücü seçin ya da yöneticinizden sınırı yükseltmesini isteyin.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: it may be open in Excel. Close it there and try again.</source>
        <translation>%1 dosyasının üzerine yazılamıyor: dosya Excel&apos;de açık olabilir. Dosyayı Excel&apos;de kapatın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>it has a trigger, %1</source>
        <translation>içinde bir tetikleyici var: %1</translation>
    </message>
    <message>
        <source>it has a view, %1</source>
        <translation>içinde bir görünüm var: %1</translation>
    </message>
    <message>
        <source>it has an object LC Planner did not make, %1</source>
        <translation>içinde LC Planner&apos;ın oluşturmadığı bir nesne var: %1</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>%1 tablosu eksik</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>%1 sütunu eksik</translation>
    </message>
    <message>
        <source>it has a column LC Planner did not make, %1</source>
        <translation>içinde LC Planner&apos;ın oluşturmadığı bir sütun var: %1</translation>
    </message>
    <message>
        <source>the definition of the table %1 was changed</source>
        <translation>%1 tablosunun tanımı değiştirilmiş</translation>
    </message>
    <message>
        <source>the index %1 was changed or is missing</source>
        <translation>%1 dizini değiştirilmiş ya da eksik</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a whole number</source>
        <translation>%2. satırdaki %1 bir tam sayı değil</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a date</source>
        <translation>%2. satırdaki %1 bir tarih değil</translation>
    </message>
    <message>
        <source>%1 in row %2 is not text</source>
        <translation>%2. satırdaki %1 metin değil</translation>
    </message>
    <message>
        <source>%1 in row %2 is too long</source>
        <translation>%2. satırdaki %1 çok uzun</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a list of codes</source>
        <translation>%2. satırdaki %1 bir kod listesi değil</translation>
    </message>
    <message>
        <source>%1 in row %2 is not yes or no</source>
        <translation>%2. satırdaki %1 evet ya da hayır değil</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a text per language</source>
        <translation>%2. satırdaki %1 dil başına bir metin değil</translation>
    </message>
    <message>
        <source>%1 in row %2 is not one of the values LC Planner knows</source>
        <translation>%2. satırdaki %1, LC Planner&apos;ın bildiği değerlerden biri değil</translation>
    </message>
    <message>
        <source>a working copy of the plan (%1 MB) would be larger than the file size limit of this account (file too large). Ask your administrator to raise the limit.</source>
        <translation>planın çalışma kopyası (%1 MB) bu hesabın dosya boyutu sınırından büyük olurdu (dosya çok büyük). Yöneticinizden sınırı yükseltmesini isteyin.</translation>
    </message>
    <message>
        <source>the temporary folder %1 has no room for a working copy of the plan (%2 MB). Free some space there and try again.</source>
        <translation>%1 geçici klasöründe planın çalışma kopyası (%2 MB) için yer yok. Orada biraz yer açın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>a working copy of the plan could not be made in the temporary folder %1: %2</source>
        <translation>planın çalışma kopyası %1 geçici klasöründe oluşturulamadı: %2</translation>
    </message>
    <message>
        <source>the temporary folder %1 ran out of room while the plan was read. Free some space there and try again.</source>
        <translation>plan okunurken %1 geçici klasöründe yer kalmadı. Orada biraz yer açıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>the working copy of the plan in the temporary folder %1 could not be read: %2</source>
        <translation>planın %1 geçici klasöründeki çalışma kopyası okunamadı: %2</translation>
    </message>
    <message>
        <source>A card cannot be merged with itself.</source>
        <translation>Bir kart kendisiyle birleştirilemez.</translation>
    </message>
    <message>
        <source>%1 has already spent %2 dots: the budget cannot be lower.</source>
        <translation>%1 grubu şimdiden %2 nokta kullandı: nokta hakkı bundan az olamaz.</translation>
    </message>
    <message>
        <source>%1 has no dots left: %2 of %3 are spent.</source>
        <translation>%1 grubunun noktası kalmadı: %3 noktanın %2 tanesi kullanıldı.</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation>Eyleme ya da hedefe dönüştürülecek kartları seçin.</translation>
    </message>
    <message>
        <source>The prompt code %1 is empty or listed twice.</source>
        <translation>Ölçüt kodu %1 boş ya da iki kez yer alıyor.</translation>
    </message>
    <message>
        <source>The prompt %1 has no text.</source>
        <translation>%1 kodlu ölçütün metni yok.</translation>
    </message>
    <message>
        <source>The prompt file %1 cannot be loaded.</source>
        <translation>%1 ölçüt dosyası yüklenemiyor.</translation>
    </message>
    <message>
        <source>The file %1 is too big for a prompt catalogue (%2 MB; at most %3 MB).</source>
        <translation>%1 dosyası bir ölçüt kataloğu için çok büyük (%2 MB; en fazla %3 MB).</translation>
    </message>
    <message>
        <source>The file %1 is not a CSV file or an Excel workbook (.xlsx).</source>
        <translation>%1 dosyası bir CSV dosyası ya da Excel çalışma kitabı (.xlsx) değil.</translation>
    </message>
    <message>
        <source>The file %1 is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and load it again.</source>
        <translation>%1 dosyası eski bir Excel dosyası (.xls). Dosyayı Excel çalışma kitabı (.xlsx) ya da CSV UTF-8 olarak kaydedip yeniden yükleyin.</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged or is not an Excel workbook (%2).</source>
        <translation>%1 çalışma kitabı hasarlı ya da bir Excel çalışma kitabı değil (%2).</translation>
    </message>
    <message>
        <source>%1, row %2: the text is not UTF-8 (wrong encoding). Save the file as “CSV UTF-8” and load it again.</source>
        <translation>%1, %2. satır: metin UTF-8 değil (yanlış kodlama). Dosyayı “CSV UTF-8” olarak kaydedip yeniden yükleyin.</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is missing. A prompt catalogue needs the columns code, area and text_ with a language (text_en, text_tr, …).</source>
        <translation>%1, 1. satır: %2 sütunu eksik. Bir ölçüt kataloğunda code ve area sütunları ile dil kodlu text_ sütunları (text_en, text_tr, …) bulunmalıdır.</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is there twice.</source>
        <translation>%1, 1. satır: %2 sütunu iki kez yer alıyor.</translation>
    </message>
    <message>
        <source>%1, row 1, column %2: “%3” is not a language code (text_en, text_tr, …).</source>
        <translation>%1, 1. satır, %2 sütunu: “%3” bir dil kodu değil (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>%1 has no prompts under its first row.</source>
        <translation>%1 dosyasında ilk satırın altında hiç ölçüt yok.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; a prompt catalogue holds at most %2 prompts.</source>
        <translation>%1 dosyasında %2 satırdan fazlası var; bir ölçüt kataloğu en fazla %2 ölçüt içerebilir.</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code is empty.</source>
        <translation>%1, %2. satır, code sütunu: kod boş.</translation>
    </message>
    <message>
        <source>%1, row %2, column area: “%3” is not an area of the framework (B1–B3, BB1–BB6, FC1–FC3).</source>
        <translation>%1, %2. satır, area sütunu: “%3” çerçevenin alanlarından biri değil (B1–B3, BB1–BB6, FC1–FC3).</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code %3 is already used in row %4.</source>
        <translation>%1, %2. satır, code sütunu: %3 kodu %4. satırda zaten kullanılıyor.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the prompt %4 has no text.</source>
        <translation>%1, %2. satır, %3 sütunu: %4 kodlu ölçütün metni yok.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell is too long (%4 characters; at most %5 fit).</source>
        <translation>%1, %2. satır, %3 sütunu: hücre çok uzun (%4 karakter; en fazla %5 karakter sığar).</translation>
    </message>
    <message>
        <source>%1 is not a PDF file name. Choose a name ending in .pdf.</source>
        <translation>%1 bir PDF dosya adı değil. .pdf ile biten bir ad seçin.</translation>
    </message>
    <message>
        <source>%1 is the plan being printed; the PDF must not replace it. Choose another name.</source>
        <translation>%1 basılan planın kendisi; PDF onun yerine yazılamaz. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a PDF, so it was left as it is. Choose another name.</source>
        <translation>%1 zaten var ve bir PDF değil, bu yüzden olduğu gibi bırakıldı. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>This cell cannot be read.</source>
        <translation>Bu hücre okunamıyor.</translation>
    </message>
    <message>
        <source>the plan has no objective with the code “%1” (write the objective&apos;s code, e.g. BB1-O1).</source>
        <translation>planda “%1” kodlu bir hedef yok (hedefin kodunu yazın, ör. BB1-O1).</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” bir sayı değil.</translation>
    </message>
    <message>
        <source>“%1” is neither “%2” nor “%3”.</source>
        <translation>“%1” ne “%2” ne de “%3”.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows under its headers; at most %1 actions can be imported at once. Split the file and import the parts one by one.</source>
        <translation>Sayfada başlıkların altında %1 satırdan fazlası var; tek seferde en fazla %1 eylem içe aktarılabilir. Dosyayı bölün ve parçaları tek tek içe aktarın.</translation>
    </message>
    <message>
        <source>The cells %1 are merged. Unmerge them in the spreadsheet (each row needs its own cells) and import again.</source>
        <translation>%1 hücreleri birleştirilmiş. Hesap tablosunda bu hücrelerin birleştirmesini kaldırın (her satırın kendi hücreleri olmalıdır) ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>Row %1 is empty: it cannot be the header row.</source>
        <translation>%1. satır boş: başlık satırı olamaz.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1.</source>
        <translation>Çalışma kitabında %1 adlı bir sayfa yok.</translation>
    </message>
    <message>
        <source>The mapping names the column %1, but the header row (row %2) has no such column.</source>
        <translation>Eşlemede %1 sütunu geçiyor, ancak başlık satırında (%2. satır) böyle bir sütun yok.</translation>
    </message>
    <message>
        <source>The action has no title.</source>
        <translation>Eylemin başlığı yok.</translation>
    </message>
    <message>
        <source>The action has no building block or condition: choose one for it in the mapping.</source>
        <translation>Eylemin yapı taşı ya da koşulu yok: eşlemede eylem için bir yapı taşı ya da koşul seçin.</translation>
    </message>
    <message>
        <source>The action ends (%1) before it starts (%2).</source>
        <translation>Eylemin bitişi (%1), başlangıcından (%2) önce.</translation>
    </message>
    <message>
        <source>The cell is too long (%1 characters; at most %2 fit).</source>
        <translation>Hücre çok uzun (%1 karakter; en fazla %2 karakter sığar).</translation>
    </message>
    <message>
        <source>An action has one lead: %1 leads it, the others are added as partners.</source>
        <translation>Bir eylemin tek bir sorumlu kurumu olur: sorumlu kurum %1 olur, diğerleri paydaş olarak eklenir.</translation>
    </message>
    <message>
        <source>“%1” is not a building block or condition: choose what it becomes in the mapping.</source>
        <translation>“%1” bir yapı taşı ya da koşul değil: eşlemede neye karşılık geleceğini seçin.</translation>
    </message>
    <message>
        <source>“%1” is not a status: choose what it becomes in the mapping.</source>
        <translation>“%1” bir durum değil: eşlemede neye karşılık geleceğini seçin.</translation>
    </message>
    <message>
        <source>“%1” is not a funding source.</source>
        <translation>“%1” bir finansman kaynağı değil.</translation>
    </message>
    <message>
        <source>“%1” is not a timeframe (for example 2026–2027, September 2026 – June 2027, 2026 Q3 – 2027 Q2 or 01.09.2026–30.06.2027).</source>
        <translation>“%1” bir zaman aralığı değil (örneğin 2026–2027, Eylül 2026 – Haziran 2027, 2026 3. çeyrek – 2027 2. çeyrek ya da 01.09.2026–30.06.2027).</translation>
    </message>
    <message>
        <source>“%1” is not a priority (a whole number from 1 to 5).</source>
        <translation>“%1” bir öncelik değil (1 ile 5 arasında bir tam sayı olmalıdır).</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be used.</source>
        <translation>%1 eşleme dosyası kullanılamıyor.</translation>
    </message>
    <message>
        <source>The file %1 is too big for an import mapping (%2 KB; at most %3 KB).</source>
        <translation>%1 dosyası bir içe aktarma eşlemesi için çok büyük (%2 KB; en fazla %3 KB).</translation>
    </message>
    <message>
        <source>The file %1 is not an import mapping of LC Planner (not JSON text, line %2).</source>
        <translation>%1 dosyası bir LC Planner içe aktarma eşlemesi değil (JSON metni değil, %2. satır).</translation>
    </message>
    <message>
        <source>The file %1 is not an import mapping of LC Planner.</source>
        <translation>%1 dosyası bir LC Planner içe aktarma eşlemesi değil.</translation>
    </message>
    <message>
        <source>The import mapping %1 has format %2; this version of LC Planner reads format %3.</source>
        <translation>%1 içe aktarma eşlemesinin biçimi %2; LC Planner&apos;ın bu sürümü %3 biçimini okur.</translation>
    </message>
    <message>
        <source>The import mapping %1 has an unknown entry %2.</source>
        <translation>%1 içe aktarma eşlemesinde bilinmeyen bir girdi var: %2.</translation>
    </message>
    <message>
        <source>The import mapping %1: %2 is not a text.</source>
        <translation>%1 içe aktarma eşlemesi: %2 bir metin değil.</translation>
    </message>
    <message>
        <source>The import mapping %1: the header row must be a whole number from 1 to %2.</source>
        <translation>%1 içe aktarma eşlemesi: başlık satırı 1 ile %2 arasında bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <source>The import mapping %1: %2 must be a list of texts and what each becomes.</source>
        <translation>%1 içe aktarma eşlemesi: %2, metinlerin ve her birinin karşılığının listesi olmalıdır.</translation>
    </message>
    <message>
        <source>The import mapping %1: %2 has more than %3 entries.</source>
        <translation>%1 içe aktarma eşlemesi: %2 içinde %3 girdiden fazlası var.</translation>
    </message>
    <message>
        <source>The import mapping %1: an entry of %2 is too long (%3 characters; at most %4).</source>
        <translation>%1 içe aktarma eşlemesi: %2 içindeki bir girdi çok uzun (%3 karakter; en fazla %4).</translation>
    </message>
    <message>
        <source>The import mapping %1: the column %2 becomes %3, which is not a field LC Planner knows.</source>
        <translation>%1 içe aktarma eşlemesi: %2 sütununun karşılığı %3, ancak bu LC Planner&apos;ın bildiği bir alan değil.</translation>
    </message>
    <message>
        <source>The import mapping %1: %2 is not a building block or fundamental condition (BB1–BB6, FC1–FC3).</source>
        <translation>%1 içe aktarma eşlemesi: %2 bir yapı taşı ya da temel koşul değil (BB1–BB6, FC1–FC3).</translation>
    </message>
    <message>
        <source>The import mapping %1: %2 is not a status LC Planner knows (%3).</source>
        <translation>%1 içe aktarma eşlemesi: %2, LC Planner&apos;ın bildiği bir durum değil (%3).</translation>
    </message>
    <message>
        <source>The field %1 is chosen for two columns: %2 and %3. Choose it for one column only.</source>
        <translation>%1 alanı iki sütun için seçilmiş: %2 ve %3. Bu alanı yalnızca bir sütun için seçin.</translation>
    </message>
    <message>
        <source>The import mapping %1: the field %2 is chosen for two columns, %3 and %4.</source>
        <translation>%1 içe aktarma eşlemesi: %2 alanı iki sütun için seçilmiş: %3 ve %4.</translation>
    </message>
    <message>
        <source>No column is chosen as the action&apos;s title; an action cannot be imported without one.</source>
        <translation>Eylem başlığı olarak hiçbir sütun seçilmedi; başlığı olmayan bir eylem içe aktarılamaz.</translation>
    </message>
    <message>
        <source>The workbook %1 was not exported by LC Planner (it has no round-trip record). A spreadsheet of your own comes in with a column mapping: File → Import Workbook asks for one; the command line takes --mapping.</source>
        <translation>%1 çalışma kitabı LC Planner ile dışa aktarılmamış (dışa aktarma kaydı yok). Kendi elektronik tablonuz bir sütun eşlemesiyle içe aktarılır: Dosya → Çalışma Kitabını İçe Aktar bunu sorar; komut satırında --mapping kullanılır.</translation>
    </message>
    <message>
        <source>The workbook %1 was exported by a newer LC Planner (format %2). Update LC Planner to import it.</source>
        <translation>%1 çalışma kitabı LC Planner&apos;ın daha yeni bir sürümüyle dışa aktarılmış (biçim %2). İçe aktarmak için LC Planner&apos;ı güncelleyin.</translation>
    </message>
    <message>
        <source>the round-trip record was altered here; export the plan again to get a workbook that can be imported.</source>
        <translation>dışa aktarma kaydı burada değiştirilmiş; içe aktarılabilecek bir çalışma kitabı için planı yeniden dışa aktarın.</translation>
    </message>
    <message>
        <source>The workbook %1 was exported from another plan (%2). Import its rows as new rows instead, or open the plan it came from.</source>
        <translation>%1 çalışma kitabı başka bir plandan dışa aktarılmış (%2). Satırlarını yeni satırlar olarak içe aktarın ya da çalışma kitabının geldiği planı açın.</translation>
    </message>
    <message>
        <source>The file %1 is not an Excel workbook; a CSV file comes in with a column mapping: File → Import Workbook asks for one; the command line takes --mapping.</source>
        <translation>%1 dosyası bir Excel çalışma kitabı değil; CSV dosyası bir sütun eşlemesiyle içe aktarılır: Dosya → Çalışma Kitabını İçe Aktar bunu sorar; komut satırında --mapping kullanılır.</translation>
    </message>
    <message>
        <source>the sheet is missing (renamed or deleted); give it back its name %1 and import again.</source>
        <translation>sayfa eksik (adı değiştirilmiş ya da silinmiş); sayfaya yeniden %1 adını verin ve tekrar içe aktarın.</translation>
    </message>
    <message>
        <source>the column “%1” (the rows&apos; IDs) is missing; the rows cannot be matched.</source>
        <translation>“%1” sütunu (satırların kimlikleri) eksik; satırlar eşleştirilemiyor.</translation>
    </message>
    <message>
        <source>the cells %1 are merged; unmerge them and import again.</source>
        <translation>%1 hücreleri birleştirilmiş; birleştirmeyi kaldırıp yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>more than %1 rows; import at most %1 rows of a sheet at a time.</source>
        <translation>%1 satırdan fazla; bir sayfanın tek seferde en fazla %1 satırını içe aktarın.</translation>
    </message>
    <message>
        <source>this ID is also in row %1: a copied row must have its ID cell emptied.</source>
        <translation>bu kimlik %1. satırda da var: kopyalanan bir satırın kimlik hücresi boşaltılmalıdır.</translation>
    </message>
    <message>
        <source>“%1” is not an ID of LC Planner; empty the cell for a new row.</source>
        <translation>“%1” bir LC Planner kimliği değil; yeni bir satır için hücreyi boşaltın.</translation>
    </message>
    <message>
        <source>a formula without a saved result stands where a value is expected; type the value, or open and save the workbook in Excel or LibreOffice first.</source>
        <translation>değer beklenen yerde kaydedilmiş sonucu olmayan bir formül var; değeri yazın ya da çalışma kitabını önce Excel&apos;de veya LibreOffice&apos;te açıp kaydedin.</translation>
    </message>
    <message>
        <source>a new row needs a value in the column “%1”.</source>
        <translation>yeni bir satırın “%1” sütununda bir değer olmalıdır.</translation>
    </message>
    <message>
        <source>the plan has no action with the code “%1”.</source>
        <translation>planda “%1” kodlu bir eylem yok.</translation>
    </message>
    <message>
        <source>say which fundamental condition the new action is under: an objective of FC1–FC3, or a code starting with FC1, FC2 or FC3.</source>
        <translation>yeni eylemin hangi temel koşulun altında olduğunu belirtin: FC1–FC3 koşullarından birine ait bir hedef ya da FC1, FC2 veya FC3 ile başlayan bir kod.</translation>
    </message>
    <message>
        <source>this column shows what another sheet holds (partners on Partners, budget on Budget, indicators on Indicators); the edit here was not read.</source>
        <translation>bu sütun başka bir sayfadaki bilgiyi gösterir (paydaşlar Paydaşlar sayfasında, bütçe Bütçe sayfasında, göstergeler Göstergeler sayfasında); buradaki düzenleme okunmadı.</translation>
    </message>
    <message>
        <source>this row was deleted from the plan after the export; its edits were not imported.</source>
        <translation>bu satır dışa aktarmadan sonra plandan silinmiş; satırdaki düzenlemeler içe aktarılmadı.</translation>
    </message>
    <message>
        <source>The file %1 cannot be imported.</source>
        <translation>%1 dosyası içe aktarılamıyor.</translation>
    </message>
    <message>
        <source>The file %1 is too big to import (%2 MB; at most %3 MB).</source>
        <translation>%1 dosyası içe aktarmak için çok büyük (%2 MB; en fazla %3 MB).</translation>
    </message>
    <message>
        <source>The workbook %1 is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook), save it and import it again.</source>
        <translation>%1 çalışma kitabı parolayla korunuyor. Dosyayı Excel&apos;de açın, parolayı kaldırın (Dosya → Bilgi → Çalışma Kitabını Koru), kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The file %1 is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and import it again.</source>
        <translation>%1 dosyası eski bir Excel dosyası (.xls). Dosyayı Excel çalışma kitabı (.xlsx) ya da CSV UTF-8 olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The file %1 is not an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>%1 dosyası bir Excel çalışma kitabı (.xlsx) ya da CSV dosyası değil.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not UTF-8 (wrong encoding). Save the file as “CSV UTF-8” and import it again.</source>
        <translation>%1, %2. satır: metin UTF-8 değil (yanlış kodlama). Dosyayı “CSV UTF-8” olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>“%1” is not a date (type it as 31.12.2026).</source>
        <translation>“%1” bir tarih değil (31.12.2026 biçiminde yazın).</translation>
    </message>
    <message>
        <source>“%1” is not an amount (type it as 1.234,50).</source>
        <translation>“%1” bir tutar değil (1.234,50 biçiminde yazın).</translation>
    </message>
    <message>
        <source>“%1” is negative; an amount cannot be.</source>
        <translation>“%1” eksi bir değer; tutar eksi olamaz.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage from 0 to 100.</source>
        <translation>“%1” 0 ile 100 arasında bir yüzde değil.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3.</source>
        <translation>“%1”, %2 ile %3 arasında bir tam sayı değil.</translation>
    </message>
    <message>
        <source>“%1” is not a year from %2 to %3.</source>
        <translation>“%1”, %2 ile %3 arasında bir yıl değil.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>“%1” evet ya da hayır değil.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>“%1” şunlardan biri değil: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a building block or fundamental condition (BB1-BB6, FC1-FC3).</source>
        <translation>“%1” bir yapı taşı ya da temel koşul değil (BB1-BB6, FC1-FC3).</translation>
    </message>
    <message>
        <source>“%1” is not an area of the framework (B1-B3, BB1-BB6, FC1-FC3).</source>
        <translation>“%1” çerçevenin alanlarından biri değil (B1-B3, BB1-BB6, FC1-FC3).</translation>
    </message>
    <message>
        <source>“%1” cannot be used here.</source>
        <translation>“%1” burada kullanılamaz.</translation>
    </message>
    <message>
        <source>%1 is a copy of another plan (“%2”), not of this one; it was not merged.</source>
        <translation>%1 bu planın değil, başka bir planın (“%2”) kopyası; birleştirilmedi.</translation>
    </message>
    <message>
        <source>The snapshot “%1” is damaged and cannot be read (%2).</source>
        <translation>“%1” anlık görüntüsü bozuk ve okunamıyor (%2).</translation>
    </message>
    <message>
        <source>The snapshot no longer exists in this plan.</source>
        <translation>Bu anlık görüntü artık bu planda yok.</translation>
    </message>
    <message>
        <source>The plan %1 keeps no snapshot named “%2”.</source>
        <translation>%1 planında “%2” adlı bir anlık görüntü yok.</translation>
    </message>
    <message>
        <source>The period %1 has not begun: it cannot report progress yet.</source>
        <translation>%1 dönemi başlamadı: henüz ilerleme bildirilemez.</translation>
    </message>
    <message>
        <source>A measurement needs a value.</source>
        <translation>Bir ölçümün değeri olmalı.</translation>
    </message>
    <message>
        <source>%1 is not a reporting period (a year such as 2027, or 2027-Q1).</source>
        <translation>%1 bir raporlama dönemi değil (2027 gibi bir yıl ya da 2027-Q1).</translation>
    </message>
    <message>
        <source>the plan&apos;s properties</source>
        <translation>planın özellikleri</translation>
    </message>
    <message>
        <source>the organisation %1</source>
        <translation>%1 kurumu</translation>
    </message>
    <message>
        <source>the objective %1</source>
        <translation>%1 hedefi</translation>
    </message>
    <message>
        <source>the action %1</source>
        <translation>%1 eylemi</translation>
    </message>
    <message>
        <source>a budget line of %1</source>
        <translation>%1 eyleminin bir bütçe satırı</translation>
    </message>
    <message>
        <source>the indicator %1</source>
        <translation>“%1” göstergesi</translation>
    </message>
    <message>
        <source>the milestone %1</source>
        <translation>“%1” kilometre taşı</translation>
    </message>
    <message>
        <source>the measurement of %1</source>
        <translation>%1 tarihli ölçüm</translation>
    </message>
    <message>
        <source>the progress of %1</source>
        <translation>%1 eyleminin ilerleme kaydı</translation>
    </message>
    <message>
        <source>a row of the plan</source>
        <translation>planın bir satırı</translation>
    </message>
    <message>
        <source>action</source>
        <translation>eylem</translation>
    </message>
    <message>
        <source>measured value</source>
        <translation>ölçülen değer</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>tutar</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>onay</translation>
    </message>
    <message>
        <source>approval date</source>
        <translation>onay tarihi</translation>
    </message>
    <message>
        <source>area</source>
        <translation>alan</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>başlangıç değeri</translation>
    </message>
    <message>
        <source>baseline year</source>
        <translation>başlangıç yılı</translation>
    </message>
    <message>
        <source>benefits</source>
        <translation>yararlar</translation>
    </message>
    <message>
        <source>city</source>
        <translation>şehir</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>kesinleşti</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>iletişim kişisi</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ülke</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>para birimi</translation>
    </message>
    <message>
        <source>description</source>
        <translation>açıklama</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-posta</translation>
    </message>
    <message>
        <source>end</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>guideline areas</source>
        <translation>kılavuz alanları</translation>
    </message>
    <message>
        <source>key features</source>
        <translation>temel özellikler</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tür</translation>
    </message>
    <message>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>sorumlu</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>municipality&apos;s role</source>
        <translation>belediyenin rolü</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>note</source>
        <translation>not</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notlar</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>hedef</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>tamamlanma %</translation>
    </message>
    <message>
        <source>period</source>
        <translation>dönem</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>son yıl</translation>
    </message>
    <message>
        <source>first year</source>
        <translation>ilk yıl</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>hazırlayan</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>öncelik</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>bildiren</translation>
    </message>
    <message>
        <source>report date</source>
        <translation>rapor tarihi</translation>
    </message>
    <message>
        <source>reporting</source>
        <translation>raporlama sıklığı</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>riskler</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sektör</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>harcanan</translation>
    </message>
    <message>
        <source>start</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>ifade</translation>
    </message>
    <message>
        <source>status</source>
        <translation>durum</translation>
    </message>
    <message>
        <source>target</source>
        <translation>hedef değer</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>hedef gruplar</translation>
    </message>
    <message>
        <source>target year</source>
        <translation>hedef yılı</translation>
    </message>
    <message>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>value</source>
        <translation>değer</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>vizyon</translation>
    </message>
    <message>
        <source>year</source>
        <translation>yıl</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you loaded it. Your change was not saved; you now see their version.</source>
        <translation>Siz açtıktan sonra %1 başka biri tarafından değiştirildi. Değişikliğiniz kaydedilmedi; şimdi onun kaydettiğini görüyorsunuz.</translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation>Değişenler: %1.</translation>
    </message>
    <message>
        <source>%1 to “%2”</source>
        <translation>%1 → “%2”</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached or refused the connection: %2</source>
        <translation>%1 sunucusuna ulaşılamıyor ya da sunucu bağlantıyı reddetti: %2</translation>
    </message>
    <message>
        <source>The database %1 holds no LC Planner plans (no plan tables).</source>
        <translation>%1 veritabanında LC Planner planı yok (plan tabloları yok).</translation>
    </message>
    <message>
        <source>The plans on %1 were saved by an older LC Planner (schema version %2; this version writes %3). Someone who may change the database must upgrade it first: lcplanner upgrade-server URL.</source>
        <translation>%1 üzerindeki planlar LC Planner&apos;ın daha eski bir sürümüyle kaydedilmiş (şema sürümü %2; bu sürüm %3 yazar). Önce veritabanını değiştirme yetkisi olan biri yükseltmeli: lcplanner upgrade-server URL.</translation>
    </message>
    <message>
        <source>The plans on %1 were saved by a newer LC Planner (schema version %2; this version reads up to %3). Update LC Planner to open them.</source>
        <translation>%1 üzerindeki planlar LC Planner&apos;ın daha yeni bir sürümüyle kaydedilmiş (şema sürümü %2; bu sürüm en çok %3 okur). Açmak için LC Planner&apos;ı güncelleyin.</translation>
    </message>
    <message>
        <source>There is no plan %2 on %1.</source>
        <translation>%1 üzerinde %2 planı yok.</translation>
    </message>
    <message>
        <source>%1 holds several plans; name one by adding ?plan= and its UUID: %2</source>
        <translation>%1 birden çok plan içeriyor; birini ?plan= ve UUID&apos;sini ekleyerek belirtin: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1. Nothing more was changed; try again when the server is back.</source>
        <translation>Sunucuyla bağlantı koptu: %1. Başka hiçbir şey değiştirilmedi; sunucu geri geldiğinde yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server has no user %1.</source>
        <translation>Sunucuda %1 adlı kullanıcı yok.</translation>
    </message>
    <message>
        <source>You have no access to the plans on %1: ask their owner to make you a viewer or an editor (lcplanner grant).</source>
        <translation>%1 üzerindeki planlara erişiminiz yok: sahibinden sizi görüntüleyici ya da düzenleyici yapmasını isteyin (lcplanner grant).</translation>
    </message>
    <message>
        <source>Only the owner of the plans (or an administrator) may give or take access: %1</source>
        <translation>Erişimi yalnızca planların sahibi (ya da bir yönetici) verebilir veya geri alabilir: %1</translation>
    </message>
    <message>
        <source>The plan %2 is already on %1: open it there, or take it offline and merge your file back into it.</source>
        <translation>%2 planı zaten %1 üzerinde: orada açın ya da çevrimdışı bir kopyasını alıp dosyanızı ona geri birleştirin.</translation>
    </message>
</context>
<context>
    <name>PromptModel</name>
    <message>
        <source>(not in the current prompts)</source>
        <translation>(geçerli ölçütler arasında yok)</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation>Alanın bütünü</translation>
    </message>
    <message>
        <source>0 not in place, 1 emerging, 2 established, 3 advanced; Delete: not rated</source>
        <translation>0 yok, 1 gelişmekte, 2 yerleşik, 3 ileri düzeyde; Delete: değerlendirilmedi</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Progress report</source>
        <translation>İlerleme raporu</translation>
    </message>
    <message>
        <source>Reporting period: %1</source>
        <extracomment>%1 the period (&quot;2027&quot;, &quot;Q2 2027&quot;).</extracomment>
        <translation>Raporlama dönemi: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 the first day, %2 the last day of the period.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation>Duruma göre eylemler</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Yapılanlar</translation>
    </message>
    <message>
        <source>Indicator trends</source>
        <translation>Göstergelerin seyri</translation>
    </message>
    <message>
        <source>Budget planned and spent</source>
        <translation>Planlanan ve harcanan bütçe</translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation>Katılan paydaşlar</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>İlerleme bildirimleri</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>Tamamlanma (%)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Bildirim tarihi</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Bildiren</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Gösterge</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Ait olduğu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Son değer</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Ölçüm tarihi</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Seyir</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansman kaynağı</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlanan</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Harcanan</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Paydaşlar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>no update in this period</source>
        <translation>bu dönemde bildirim yok</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Bu dönemde yok.</translation>
    </message>
    <message>
        <source>Made with LC Planner on %1</source>
        <translation>LC Planner ile %1 tarihinde hazırlandı</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A value and the date it was measured, in a trend (&quot;120 (31.12.2026)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The report&apos;s title and the plan&apos;s (&quot;Progress report: Öğrenen Bolu 2026-2028&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Spent of planned (&quot;₺450,000 of ₺1,340,000&quot;).</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An area&apos;s code and name (&quot;BB1 Education system&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>write the progress report of a reporting period (PDF or Excel)</source>
        <translation>bir raporlama döneminin ilerleme raporunu yaz (PDF ya da Excel)</translation>
    </message>
    <message>
        <source>the period: a year (2027) or a quarter (2027-Q2); default: today&apos;s</source>
        <translation>dönem: bir yıl (2027) ya da bir çeyrek (2027-Q2); varsayılan: bugünün dönemi</translation>
    </message>
    <message>
        <source>the report to write: a .pdf or an .xlsx file</source>
        <translation>yazılacak rapor: bir .pdf ya da .xlsx dosyası</translation>
    </message>
    <message>
        <source>language of the report (default: the plan&apos;s language)</source>
        <translation>raporun dili (varsayılan: planın dili)</translation>
    </message>
    <message>
        <source>%1 is not a reporting period: write a year (2027) or a quarter (2027-Q2).</source>
        <translation>%1 bir raporlama dönemi değil: bir yıl (2027) ya da bir çeyrek (2027-Q2) yazın.</translation>
    </message>
    <message>
        <source>%1: the report is written as a .pdf or an .xlsx file.</source>
        <translation>%1: rapor bir .pdf ya da .xlsx dosyası olarak yazılır.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the progress report for %1 (%n action(s)) to %2.</source>
        <translation>
            <numerusform>%1 ilerleme raporu (%n eylem) %2 dosyasına yazıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Progress Report</source>
        <translation>İlerleme Raporu</translation>
    </message>
    <message>
        <source>&amp;Reporting period:</source>
        <translation>&amp;Raporlama dönemi:</translation>
    </message>
    <message>
        <source>Report la&amp;nguage:</source>
        <translation>Rapor di&amp;li:</translation>
    </message>
    <message>
        <source>&amp;PDF for the council</source>
        <translation>Meclis için &amp;PDF</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook</source>
        <translation>E&amp;xcel çalışma kitabı</translation>
    </message>
    <message>
        <source>%1 progress %2</source>
        <translation>%1 ilerleme %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the progress report for %1 to %2.</source>
        <translation>%1 ilerleme raporu %2 dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>The progress report could not be written</source>
        <translation>İlerleme raporu yazılamadı</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>Cannot open the plan</source>
        <translation>Plan açılamıyor</translation>
    </message>
    <message>
        <source>Rescue Data copies what can still be read into a new plan file; this file is not changed.</source>
        <translation>Verileri Kurtar, hâlâ okunabilen her şeyi yeni bir plan dosyasına kopyalar; bu dosya değiştirilmez.</translation>
    </message>
    <message>
        <source>&amp;Rescue Data…</source>
        <translation>&amp;Verileri Kurtar…</translation>
    </message>
    <message>
        <source>%1 (rescued).lcplan</source>
        <translation>%1 (kurtarılan).lcplan</translation>
    </message>
    <message>
        <source>Save the rescued plan as</source>
        <translation>Kurtarılan planı farklı kaydet</translation>
    </message>
    <message>
        <source>Cannot rescue the plan</source>
        <translation>Plan kurtarılamıyor</translation>
    </message>
    <message>
        <source>Plan rescued</source>
        <translation>Plan kurtarıldı</translation>
    </message>
</context>
<context>
    <name>RescueSummary</name>
    <message numerus="yes">
        <source>%n row(s) were carried into the new plan.</source>
        <translation>
            <numerusform>%n satır yeni plana aktarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read or broke the plan&apos;s rules and were left behind.</source>
        <translation>
            <numerusform>%n satır okunamadığı ya da planın kurallarına uymadığı için geride bırakıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the wrong kind were cleared.</source>
        <translation>
            <numerusform>Yanlış türdeki %n değer temizlendi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roof</name>
    <message>
        <source>The benefits of a learning city: outcomes that objectives aim at</source>
        <translation>Öğrenen Şehrin yararları: hedeflerin ulaşmayı amaçladığı sonuçlar</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation>Durum tespiti: %1</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <source>copy a plan file&apos;s plan to a PostgreSQL server, for the city team to edit together</source>
        <translation>bir plan dosyasındaki planı, şehir ekibinin birlikte düzenlemesi için bir PostgreSQL sunucusuna kopyala</translation>
    </message>
    <message>
        <source>write a plan file copy of a server plan for a workshop without network; merge it back later</source>
        <translation>ağ olmayan bir çalıştay için sunucudaki planın dosya kopyasını yaz; sonra geri birleştir</translation>
    </message>
    <message>
        <source>upgrade the plans of a server database saved by an older LC Planner (everyone&apos;s windows on it must be closed)</source>
        <translation>LC Planner&apos;ın eski bir sürümüyle kaydedilmiş sunucu veritabanındaki planları yükselt (üzerindeki herkesin pencereleri kapalı olmalı)</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>dosya varsa yerine yaz</translation>
    </message>
    <message>
        <source>let a server user view or edit the plan (PostgreSQL roles; run by the plan&apos;s owner)</source>
        <translation>bir sunucu kullanıcısının planı görüntülemesine ya da düzenlemesine izin ver (PostgreSQL rolleri; planın sahibi çalıştırır)</translation>
    </message>
    <message>
        <source>take a server user&apos;s access to the plan away</source>
        <translation>bir sunucu kullanıcısının plana erişimini kaldır</translation>
    </message>
    <message>
        <source>%1 is now %2 of “%3”.</source>
        <translation>%1 artık “%3” planının %2 rolünde.</translation>
    </message>
    <message>
        <source>%1 no longer has access to “%2”.</source>
        <translation>%1 artık “%2” planına erişemiyor.</translation>
    </message>
    <message>
        <source>Published %1 as %2</source>
        <translation>%1, %2 olarak yayımlandı</translation>
    </message>
    <message>
        <source>Wrote %1, a copy of %2 to take offline; merge it back with: lcplanner merge URL FILE</source>
        <translation>%2 planının çevrimdışı kopyası %1 yazıldı; geri birleştirmek için: lcplanner merge URL DOSYA</translation>
    </message>
    <message>
        <source>Upgraded %1 to schema version %2.</source>
        <translation>%1, şema sürümü %2&apos;ye yükseltildi.</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>%2 üzerindeki %1 için parola: </translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation>S&amp;unucuya Bağlan…</translation>
    </message>
    <message>
        <source>The connection to the server was lost (%1). Trying again; edits cannot be saved until it is back.</source>
        <translation>Sunucuyla bağlantı koptu (%1). Yeniden deneniyor; bağlantı geri gelene kadar düzenlemeler kaydedilemez.</translation>
    </message>
    <message>
        <source>Connected to the server again; the plan was read again.</source>
        <translation>Sunucuya yeniden bağlanıldı; plan yeniden okundu.</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Sunucu Parolası</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>%2 üzerindeki %1 için parola:</translation>
    </message>
    <message>
        <source>Choose a Plan</source>
        <translation>Bir Plan Seçin</translation>
    </message>
    <message>
        <source>The database holds several plans. Open:</source>
        <translation>Veritabanında birden çok plan var. Açılacak plan:</translation>
    </message>
    <message>
        <source>Cannot Open the Server Plan</source>
        <translation>Sunucudaki Plan Açılamıyor</translation>
    </message>
    <message>
        <source>Upgrade the Server Database?</source>
        <translation>Sunucu Veritabanı Yükseltilsin mi?</translation>
    </message>
    <message>
        <source>%1

LC Planner can upgrade it now, in one step. Everyone else should close the plans of this database first: an older LC Planner cannot open them afterwards.</source>
        <translation>%1

LC Planner onu şimdi tek adımda yükseltebilir. Önce herkes bu veritabanındaki planları kapatmalı: eski bir LC Planner onları sonra açamaz.</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Yükselt</translation>
    </message>
</context>
<context>
    <name>SnapshotViewer</name>
    <message>
        <source>Snapshot “%1” of %2 [read-only]</source>
        <translation>%2 – “%1” anlık görüntüsü [salt okunur]</translation>
    </message>
    <message>
        <source>Snapshot “%1”</source>
        <translation>“%1” anlık görüntüsü</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots</source>
        <translation>Anlık Görüntüler</translation>
    </message>
    <message>
        <source>A snapshot keeps the whole plan as it is at one moment, inside the plan file: a version the council approved, a workshop&apos;s draft. The plan itself is not changed by taking or deleting one.</source>
        <translation>Anlık görüntü, planın bir andaki hâlinin tamamını plan dosyasının içinde saklar: meclisin onayladığı bir sürüm, bir çalıştayın taslağı. Anlık görüntü almak ya da silmek planın kendisini değiştirmez.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Alındığı an</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>Anlık Görüntü &amp;Al…</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>Salt &amp;Okunur Aç</translation>
    </message>
    <message>
        <source>Restore as a &amp;Plan File…</source>
        <translation>&amp;Plan Dosyası Olarak Geri Yükle…</translation>
    </message>
    <message>
        <source>Compare with &amp;Now</source>
        <translation>Şimdiki &amp;Hâliyle Karşılaştır</translation>
    </message>
    <message>
        <source>Compare T&amp;wo</source>
        <translation>İkisini Karşılaştı&amp;r</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Yeniden Adla&amp;ndır…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Adlandırılmış</translation>
    </message>
    <message>
        <source>Base of a group copy</source>
        <translation>Bir grup kopyasının temeli</translation>
    </message>
    <message>
        <source>Base of this copy</source>
        <translation>Bu kopyanın temeli</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Birleştirmeden önce</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s)? The plan itself is not changed.</source>
        <translation>
            <numerusform>%n anlık görüntü silinsin mi? Planın kendisi değişmez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>Manage closely</source>
        <translation>Yakından yönet</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Memnun tut</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Bilgilendir</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>İzle</translation>
    </message>
    <message>
        <source>Influence and interest grid</source>
        <translation>Etki ve ilgi matrisi</translation>
    </message>
    <message>
        <source>Drag an organisation to place it. Keyboard: Up/Down choose, Alt+arrow keys move it by one step.</source>
        <translation>Yerleştirmek için bir kurumu sürükleyin. Klavye: Yukarı/Aşağı ile seçin, Alt+ok tuşlarıyla birer adım taşıyın.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n daha</numerusform>
        </translation>
    </message>
    <message>
        <source>Interest: low to high (1–5) →</source>
        <comment>axis under the grid; the arrow points the way interest grows (right to left in a right-to-left language)</comment>
        <translation>İlgi: düşükten yükseğe (1–5) →</translation>
    </message>
    <message>
        <source>Influence: low to high (1–5) →</source>
        <comment>axis beside the grid, written upwards; the arrow points up</comment>
        <translation>Etki: düşükten yükseğe (1–5) →</translation>
    </message>
    <message>
        <source>%1: influence %2, interest %3</source>
        <translation>%1: etki %2, ilgi %3</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <source>Present at %1 (Space ticks)</source>
        <translation>%1 çalıştayına katıldı (Boşluk tuşu işaretler)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>katıldı</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>katılmadı</translation>
    </message>
    <message>
        <source>The register&apos;s sector; choose it on the Organisations page.</source>
        <translation>Kurum kaydındaki sektör; Kurumlar sayfasında seçin.</translation>
    </message>
</context>
<context>
    <name>StakeholderTable</name>
    <message>
        <source>Organisation</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Etki</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>İlgi</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>&lt;h2&gt;Stakeholders&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paydaşlar&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Paydaşlar</translation>
    </message>
    <message>
        <source>New stakeholder: type an organisation and press Enter</source>
        <translation>Yeni paydaş: bir kurum adı yazın ve Enter tuşuna basın</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Yeni paydaş</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell, Space ticks a workshop, Delete removes; Alt+arrow keys move the selected one on the grid.</source>
        <translation>F2 ya da yazmaya başlamak hücreyi düzenler, Boşluk tuşu çalıştayı işaretler, Delete siler; Alt+ok tuşları seçili paydaşı matriste taşır.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshops&lt;/b&gt; (a tick column each; Delete removes one)</source>
        <translation>&lt;b&gt;Çalıştaylar&lt;/b&gt; (her biri için bir işaret sütunu; Delete seçileni siler)</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Çalıştaylar</translation>
    </message>
    <message>
        <source>New workshop: its name, then Enter</source>
        <translation>Yeni çalıştay: adını yazın, ardından Enter</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Yeni çalıştay</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation>Çalıştay tarihi</translation>
    </message>
    <message>
        <source>Add &amp;workshop</source>
        <translation>Çalıştay &amp;ekle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A stakeholder is an organisation: type its name.</source>
        <translation>Paydaş bir kurumdur: kurumun adını yazın.</translation>
    </message>
    <message>
        <source>Change the stakeholder&apos;s organisation</source>
        <translation>Paydaşın kurumunu değiştirme</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>%n paydaş silme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stakeholder(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n paydaş silindi. Ctrl+Z ile geri alabilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2, or leave it empty.</source>
        <translation>“%1” bir tarih değil. %2 biçiminde yazın ya da boş bırakın.</translation>
    </message>
    <message>
        <source>Deleted the workshop and who was present at it. Undo with Ctrl+Z.</source>
        <translation>Çalıştay, katılım kayıtlarıyla birlikte silindi. Ctrl+Z ile geri alabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>not rated</source>
        <translation>değerlendirilmedi</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>&lt;h2&gt;Stock-take&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Durum tespiti&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Load &amp;prompts…</source>
        <translation>&amp;Ölçütleri yükle…</translation>
    </message>
    <message>
        <source>Use a city&apos;s own prompts, or the official key features: a CSV or Excel (.xlsx) file with the columns code, area and one text_ column per language (text_en, text_tr, …).</source>
        <translation>Şehrin kendi ölçütlerini ya da resmî temel özellikleri kullanın: code ve area sütunlarını ve her dil için bir text_ sütununu (text_en, text_tr, …) içeren bir CSV ya da Excel (.xlsx) dosyası.</translation>
    </message>
    <message>
        <source>Prompts and ratings</source>
        <translation>Ölçütler ve değerlendirmeler</translation>
    </message>
    <message>
        <source>Initiatives that exist</source>
        <translation>Mevcut girişimler</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Yeni girişim</translation>
    </message>
    <message>
        <source>&lt;b&gt;Initiatives that already exist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hâlihazırda var olan girişimler&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 · %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 · %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Start here: rate the areas, and those rated low are listed here.</source>
        <translation>Buradan başlayın: alanları değerlendirin; düşük değerlendirilenler burada listelenir.</translation>
    </message>
    <message>
        <source>No area is rated below established.</source>
        <translation>“Yerleşik” düzeyinin altında değerlendirilen alan yok.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>area code (level)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start here: %1</source>
        <translation>Buradan başlayın: %1</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation>Alanın bütünü</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New initiative for %1: type its title and press Enter</source>
        <translation>Yeni girişim (%1 için): başlığını yazın ve Enter tuşuna basın</translation>
    </message>
    <message>
        <source>New initiative for the area as a whole: type its title and press Enter</source>
        <translation>Yeni girişim (alanın bütünü için): başlığını yazın ve Enter tuşuna basın</translation>
    </message>
    <message>
        <source>Set who runs the initiative</source>
        <translation>Girişimi yürüten kurumu belirleme</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n initiative(s)</source>
        <translation>
            <numerusform>%n girişim silme</numerusform>
        </translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation>Ölçütleri yükle</translation>
    </message>
    <message>
        <source>Prompt catalogues (*.csv *.xlsx);;All files (*)</source>
        <translation>Ölçüt katalogları (*.csv *.xlsx);;Tüm dosyalar (*)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n prompt(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n ölçüt yüklendi. Ctrl+Z ile geri alabilirsiniz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StocktakeTable</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>Rating (keys 0–3)</source>
        <translation>Değerlendirme (0–3 tuşları)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Measured on %1</source>
        <translation>Ölçüm tarihi: %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Q%1</source>
        <translation>Ç%1</translation>
    </message>
    <message>
        <source>no dates yet</source>
        <translation>henüz tarih yok</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Months</source>
        <translation>Aylar</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Çeyrekler</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Yıllar</translation>
    </message>
    <message>
        <source>Timeline of the actions</source>
        <translation>Eylemlerin zaman çizelgesi</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>Ö&amp;lçek:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Renk:</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>&amp;PDF olarak yazdır…</translation>
    </message>
    <message>
        <source>The timeline on landscape pages, for the council</source>
        <translation>Zaman çizelgesi yatay sayfalarda, meclis için</translation>
    </message>
    <message>
        <source>Drag a bar to move it, its ends to stretch it. Keys: arrows select; Shift+Left/Right moves; Ctrl+Shift moves the end, Alt+Shift the start; + and - zoom; Enter opens the action.</source>
        <translation>Taşımak için çubuğu, uzatmak için uçlarını sürükleyin. Tuşlar: oklar seçer; Shift+Sol/Sağ taşır; Ctrl+Shift bitişi, Alt+Shift başlangıcı taşır; + ve - ölçeği değiştirir; Enter eylemi açar.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Timeline&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Zaman çizelgesi&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Select an action with the arrow keys or the mouse.</source>
        <translation>Ok tuşlarıyla ya da fareyle bir eylem seçin.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2: %3, %4, %5</source>
        <translation>%1 %2: %3, %4, %5</translation>
    </message>
    <message>
        <source>%1 timeline</source>
        <translation>%1 zaman çizelgesi</translation>
    </message>
    <message>
        <source>Print the Timeline</source>
        <translation>Zaman Çizelgesini Yazdır</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>The timeline could not be printed</source>
        <translation>Zaman çizelgesi yazdırılamadı</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>%n sayfa %1 dosyasına yazıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>&amp;Snapshots…</source>
        <translation>A&amp;nlık Görüntüler…</translation>
    </message>
    <message>
        <source>Compare &amp;with a Plan File…</source>
        <translation>Plan Dosyasıyla Karşılaş&amp;tır…</translation>
    </message>
    <message>
        <source>Copy for a &amp;Group…</source>
        <translation>&amp;Grup İçin Kopya…</translation>
    </message>
    <message>
        <source>&amp;Merge a Group&apos;s Copy…</source>
        <translation>Grup Kopyasını &amp;Birleştir…</translation>
    </message>
    <message>
        <source>LC Planner plans (%1)</source>
        <translation>LC Planner planları (%1)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopyasını farklı kaydet</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopya)</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Kopya kaydedilemedi</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopya %1 olarak kaydedildi</translation>
    </message>
    <message>
        <source>Take a snapshot</source>
        <translation>Anlık görüntü al</translation>
    </message>
    <message>
        <source>Name of the snapshot:</source>
        <translation>Anlık görüntünün adı:</translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation>%1 anlık görüntüsü</translation>
    </message>
    <message>
        <source>Cannot take the snapshot</source>
        <translation>Anlık görüntü alınamadı</translation>
    </message>
    <message>
        <source>Snapshot “%1” taken.</source>
        <translation>“%1” anlık görüntüsü alındı.</translation>
    </message>
    <message>
        <source>Rename the snapshot</source>
        <translation>Anlık görüntüyü yeniden adlandır</translation>
    </message>
    <message>
        <source>Cannot rename the snapshot</source>
        <translation>Anlık görüntü yeniden adlandırılamadı</translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”? The plan itself is not changed.</source>
        <translation>“%1” anlık görüntüsü silinsin mi? Planın kendisi değişmez.</translation>
    </message>
    <message>
        <source>Delete snapshots</source>
        <translation>Anlık görüntüleri sil</translation>
    </message>
    <message>
        <source>Cannot delete the snapshot</source>
        <translation>Anlık görüntü silinemedi</translation>
    </message>
    <message>
        <source>Restore the snapshot as a new plan file</source>
        <translation>Anlık görüntüyü yeni bir plan dosyası olarak geri yükle</translation>
    </message>
    <message>
        <source>Cannot restore the snapshot</source>
        <translation>Anlık görüntü geri yüklenemedi</translation>
    </message>
    <message>
        <source>Snapshot restored</source>
        <translation>Anlık görüntü geri yüklendi</translation>
    </message>
    <message>
        <source>The snapshot is now the plan file %1. Open it in place of this plan?</source>
        <translation>Anlık görüntü artık %1 plan dosyası. Bu planın yerine açılsın mı?</translation>
    </message>
    <message>
        <source>Cannot show the snapshot</source>
        <translation>Anlık görüntü gösterilemedi</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Karşılaştırılamadı</translation>
    </message>
    <message>
        <source>the plan now</source>
        <translation>planın şimdiki hâli</translation>
    </message>
    <message>
        <source>Compare with a plan file</source>
        <translation>Bir plan dosyasıyla karşılaştır</translation>
    </message>
    <message>
        <source>%1 – group</source>
        <translation>%1 – grup</translation>
    </message>
    <message>
        <source>Copy for a group</source>
        <translation>Grup için kopya</translation>
    </message>
    <message>
        <source>Cannot write the copy</source>
        <translation>Kopya yazılamadı</translation>
    </message>
    <message>
        <source>Copy for a group saved as %1; this moment is kept as the snapshot “%2”.</source>
        <translation>Grup kopyası %1 olarak kaydedildi; bu an “%2” anlık görüntüsü olarak saklandı.</translation>
    </message>
    <message>
        <source>Merge a group&apos;s copy</source>
        <translation>Grup kopyasını birleştir</translation>
    </message>
    <message>
        <source>Cannot merge the copy</source>
        <translation>Kopya birleştirilemedi</translation>
    </message>
    <message>
        <source>Nothing to merge: the plan already holds everything of %1.</source>
        <translation>Birleştirilecek bir şey yok: plan %1 dosyasındaki her şeyi zaten içeriyor.</translation>
    </message>
    <message>
        <source>Reading the snapshot “%1”…</source>
        <translation>“%1” anlık görüntüsü okunuyor…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Karşılaştırılıyor…</translation>
    </message>
    <message>
        <source>Reading %1, the plan and their common base…</source>
        <translation>%1, plan ve ortak temelleri okunuyor…</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 birleştirmesi</translation>
    </message>
    <message>
        <source>Merged %1. The plan as it was before is kept as the snapshot “%2”.</source>
        <translation>%1 birleştirildi. Planın önceki hâli “%2” anlık görüntüsü olarak saklandı.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Every year</source>
        <translation>Her yıl</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Her çeyrek</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlamadı</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Planlandığı gibi</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Gecikmeli</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Yerel yönetim</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Merkezi yönetim</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sivil toplum</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Özel sektör</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medya</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Uluslararası</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Yerel topluluk</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Paydaş</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansman sağlayıcı</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Uygulayıcı</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>Belediye</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Ulusal</translation>
    </message>
    <message>
        <source>EU / international</source>
        <translation>AB / uluslararası</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Özel</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Ayni katkı</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Oran</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bütçe</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Evet / hayır</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>Nitel</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>Görüşe açık</translation>
    </message>
    <message>
        <source>Approved by the council</source>
        <translation>Meclis tarafından onaylandı</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Gözden geçirildi</translation>
    </message>
    <message>
        <source>Full accountability</source>
        <translation>Tam sorumluluk</translation>
    </message>
    <message>
        <source>Co-ordinating</source>
        <translation>Eşgüdüm</translation>
    </message>
    <message>
        <source>Influencing</source>
        <translation>Etkileme</translation>
    </message>
    <message>
        <source>Not in place</source>
        <extracomment>The stock-take&apos;s four steps, stored as 0-3 in a rating (one place: pages, overview, export).</extracomment>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Gelişmekte</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Yerleşik</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>İleri düzeyde</translation>
    </message>
    <message>
        <source>Quick win</source>
        <extracomment>The quadrants of the impact-effort board (IdeaRow.quadrant).</extracomment>
        <translation>Hızlı kazanım</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation>Büyük proje</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>Ara iş</translation>
    </message>
    <message>
        <source>Thankless task</source>
        <translation>Zahmetli iş</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı&lt;/p&gt;</source>
        <translation>&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Build your learning city&apos;s action plan, building block by building block. Every change is saved at once.</source>
        <translation>Öğrenen Şehrinizin eylem planını yapı taşı yapı taşı oluşturun. Her değişiklik anında kaydedilir.</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>Ye&amp;ni plan…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>Plan &amp;aç…</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation>&amp;Örnek planı aç</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation>&amp;Son planlar:</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Son planlar</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>Import Workbook</source>
        <translation>Çalışma kitabını içe aktar</translation>
    </message>
    <message>
        <source>Workbooks and CSV files (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Çalışma kitapları ve CSV dosyaları (*.xlsx *.xlsm *.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>%1

Import its rows into this plan as new rows?</source>
        <translation>%1

Satırları bu plana yeni satırlar olarak içe aktarılsın mı?</translation>
    </message>
    <message>
        <source>This plan is open read-only, so nothing can be imported into it. Open it again when no other window or program is editing it.</source>
        <translation>Bu plan salt okunur olarak açık; bu yüzden içine hiçbir şey içe aktarılamaz. Başka bir pencere ya da program onu düzenlemiyorken planı yeniden açın.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>İçe aktarma: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>İçe aktarma başarısız oldu</translation>
    </message>
    <message>
        <source>Imported %1. The plan before the import was kept as %2.</source>
        <translation>%1 içe aktarıldı. Planın içe aktarma öncesindeki hâli %2 olarak saklandı.</translation>
    </message>
</context>
<context>
    <name>WorkshopTimer</name>
    <message>
        <source>Time is up</source>
        <translation>Süre doldu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlat</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>Çalıştay süre sayacı</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Kalan süre</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 dk</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Bir dakika eksilt</translation>
    </message>
    <message>
        <source>One minute less (- or Down)</source>
        <translation>Bir dakika eksilt (- ya da Aşağı)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 dk</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Bir dakika ekle</translation>
    </message>
    <message>
        <source>One minute more (+ or Up)</source>
        <translation>Bir dakika ekle (+ ya da Yukarı)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Süre sayacını sıfırla</translation>
    </message>
    <message>
        <source>Back to the round&apos;s length (R or Backspace)</source>
        <translation>Tur süresine döner (R ya da Backspace)</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation>Başlat ya da duraklat</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation>Başlat ya da duraklat (Boşluk tuşu)</translation>
    </message>
    <message>
        <source>Round (minutes):</source>
        <translation>Tur (dakika):</translation>
    </message>
    <message>
        <source>Round length in minutes</source>
        <translation>Dakika cinsinden tur süresi</translation>
    </message>
</context>
<context>
    <name>_TableBox</name>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>Workplan exported</source>
        <translation>İş planı dışa aktarıldı</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız oldu</translation>
    </message>
</context>
</TS>
