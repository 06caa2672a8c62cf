<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished">&amp;Ziel:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Choose another building block or condition to move the action there (Ctrl+Shift+M in the table)</source>
        <translation type="unfinished">Wählen Sie einen anderen Baustein oder eine andere Grundvoraussetzung, um die Maßnahme dorthin zu verschieben (Strg+Umschalt+M in der Tabelle)</translation>
    </message>
    <message>
        <source>Building block or condition:</source>
        <translation type="unfinished">Baustein oder Grundvoraussetzung:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation type="unfinished">Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Target group&amp;s:</source>
        <translation type="unfinished">Zi&amp;elgruppen:</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation type="unfinished">Organisation auswählen oder neue eingeben</translation>
    </message>
    <message>
        <source>Le&amp;ad:</source>
        <translation type="unfinished">&amp;Federführung:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation type="unfinished">&amp;Partner:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the municipality itself does in this action: answers for it in full, co-ordinates the partners, or influences others who deliver it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality&apos;s o&amp;wn role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Enddatum</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished">Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>1 = highest priority, 5 = lowest</source>
        <translation type="unfinished">1 = höchste Priorität, 5 = niedrigste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Priorität</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished">Fortschritt</translation>
    </message>
    <message>
        <source>Status, priorit&amp;y, complete:</source>
        <translation type="unfinished">Status, Pri&amp;orität, Fortschritt:</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">Schlüsselmerkmale</translation>
    </message>
    <message>
        <source>&amp;Key features:</source>
        <translation type="unfinished">Schlüssel&amp;merkmale:</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">Handlungsfelder (Leitlinien)</translation>
    </message>
    <message>
        <source>G&amp;uideline areas:</source>
        <translation type="unfinished">Handlungsfelder (&amp;Leitlinien):</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation type="unfinished">Meilensteine des &amp;Vorhabens:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished">B&amp;udget:</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation type="unfinished">&amp;Indikatoren:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Risks:</source>
        <translation type="unfinished">Risi&amp;ken:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an action to edit it here.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;Wählen Sie eine Maßnahme aus, um sie hier zu bearbeiten.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(kein Ziel)</translation>
    </message>
    <message numerus="yes">
        <source>From the idea “%1” (%n dot(s))</source>
        <translation type="unfinished">
            <numerusform>Aus der Idee „%1“ (%n Punkt)</numerusform>
            <numerusform>Aus der Idee „%1“ (%n Punkte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Maßnahme</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation type="unfinished">Federführung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Ende</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Budget</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Priorität</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% erledigt</translation>
    </message>
</context>
<context>
    <name>AreaBars</name>
    <message>
        <source>Actions and spending per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; spent %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaButton</name>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation type="unfinished">
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation type="unfinished">
            <numerusform>⚠ %n Lücke</numerusform>
            <numerusform>⚠ %n Lücken</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">Bestandsaufnahme: %1</translation>
    </message>
    <message>
        <source>%1
Budget: %2</source>
        <translation type="unfinished">%1
Budget: %2</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Ziele</translation>
    </message>
    <message>
        <source>F2 renames, Alt+Up/Down reorders, Ctrl+Shift+M moves the objective and its actions to another area</source>
        <translation type="unfinished">F2 benennt um, Alt+Oben/Unten ändert die Reihenfolge, Strg+Umschalt+M verschiebt das Ziel samt seinen Maßnahmen in einen anderen Bereich</translation>
    </message>
    <message>
        <source>Objectives (new actions go under the selected one):</source>
        <translation type="unfinished">Ziele (neue Maßnahmen werden unter dem ausgewählten Ziel angelegt):</translation>
    </message>
    <message>
        <source>New objective: type it and press Enter</source>
        <translation type="unfinished">Neues Ziel: eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation type="unfinished">Neues Ziel</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished">Ziel löschen</translation>
    </message>
    <message>
        <source>Filter this area&apos;s actions (Ctrl+F: the whole plan)</source>
        <translation type="unfinished">Maßnahmen dieses Bereichs filtern (Strg+F: ganzer Plan)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Suchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">Alle Status</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Maßnahmen</translation>
    </message>
    <message>
        <source>Quick add action</source>
        <translation type="unfinished">Maßnahme schnell hinzufügen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;%1 %2&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n action(s))</source>
        <translation type="unfinished">
            <numerusform>%1  %2 (%n Maßnahme)</numerusform>
            <numerusform>%1  %2 (%n Maßnahmen)</numerusform>
        </translation>
    </message>
    <message>
        <source>New action under %1: type its title and press Enter</source>
        <translation type="unfinished">Neue Maßnahme unter %1: Titel eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>New action (no objective): type its title and press Enter</source>
        <translation type="unfinished">Neue Maßnahme (ohne Ziel): Titel eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Added %1. Type the next action, or press Tab to edit it.</source>
        <translation type="unfinished">%1 hinzugefügt. Geben Sie die nächste Maßnahme ein oder drücken Sie Tab, um diese zu bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n action(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n Maßnahme gelöscht. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Maßnahmen gelöscht. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search and the sorting to reorder actions.</source>
        <translation type="unfinished">Heben Sie Suche und Sortierung auf, um Maßnahmen neu anzuordnen.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2.</source>
        <translation type="unfinished">„%1“ ist kein Datum. Schreiben Sie es wie %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished">Ziel verschieben</translation>
    </message>
    <message>
        <source>Move %1 and its actions to:</source>
        <translation type="unfinished">%1 samt seinen Maßnahmen verschieben nach:</translation>
    </message>
    <message>
        <source>Moved %1 with its actions to %2. Undo with Ctrl+Z.</source>
        <translation type="unfinished">%1 samt seinen Maßnahmen nach %2 verschoben. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Move actions</source>
        <translation type="unfinished">Maßnahmen verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to:</source>
        <translation type="unfinished">
            <numerusform>%n Maßnahme verschieben nach:</numerusform>
            <numerusform>%n Maßnahmen verschieben nach:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n action(s) to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n Maßnahme nach %1 verschoben. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Maßnahmen nach %1 verschoben. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective %1 with its %n action(s)? Ctrl+Z brings them back.</source>
        <translation type="unfinished">
            <numerusform>Das Ziel %1 mit seiner %n Maßnahme löschen? Strg+Z holt sie zurück.</numerusform>
            <numerusform>Das Ziel %1 mit seinen %n Maßnahmen löschen? Strg+Z holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the objective with its actions. Undo with Ctrl+Z.</source>
        <translation type="unfinished">Ziel samt seinen Maßnahmen gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>AreaStrip</name>
    <message>
        <source>Area</source>
        <translation type="unfinished">Bereich</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>BoardPane</name>
    <message>
        <source>Cards not on the board yet</source>
        <translation type="unfinished">Karten, die noch nicht in der Matrix sind</translation>
    </message>
    <message>
        <source>Not on the board &amp;yet:</source>
        <translation type="unfinished">No&amp;ch nicht in der Matrix:</translation>
    </message>
</context>
<context>
    <name>BudgetBox</name>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished">Budgetposten</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished">Budgetposten hinzufügen</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished">Summe: %1</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">zugesagt</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">erwartet</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation type="unfinished">%1 ist kein Betrag.</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <source>Year</source>
        <translation type="unfinished">Jahr</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Betrag</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Finanzierungsquelle</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished">Zugesagt</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation type="unfinished">
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Card text</source>
        <translation type="unfinished">Kartentext</translation>
    </message>
    <message>
        <source>Enter saves, Shift+Enter starts a new line, Escape cancels</source>
        <translation type="unfinished">Enter speichert, Umschalt+Enter beginnt eine neue Zeile, Esc bricht ab</translation>
    </message>
    <message>
        <source>→ %1</source>
        <comment>what the card became: codes of actions or objectives</comment>
        <translation type="unfinished">→ %1</translation>
    </message>
    <message>
        <source>● %1</source>
        <comment>a card&apos;s dots</comment>
        <translation type="unfinished">● %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>what the card became, then its dots</comment>
        <translation type="unfinished">%1  %2</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Chart of the measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers to draw yet: add a measurement below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage:</source>
        <translation type="unfinished">Aufruf:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished">Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished">Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished">diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation type="unfinished">die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>LC Planner: learning-city action plans for UNESCO GNLC workshops.</source>
        <translation type="unfinished">LC Planner: Aktionspläne für Lernende Städte, für Workshops im UNESCO GNLC.</translation>
    </message>
    <message>
        <source>plan file (.lcplan) to open in the window</source>
        <translation type="unfinished">Plandatei (.lcplan), die im Fenster geöffnet wird</translation>
    </message>
    <message>
        <source>open a fresh copy of the demo plan</source>
        <translation type="unfinished">eine neue Kopie des Beispielplans öffnen</translation>
    </message>
    <message>
        <source>open the plan read-only</source>
        <translation type="unfinished">den Plan schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>language of the user interface (e.g. tr, en)</source>
        <translation type="unfinished">Sprache der Benutzeroberfläche (z. B. tr, en)</translation>
    </message>
    <message>
        <source>preview the .ts files in DIR (a translator&apos;s working copy) without rebuilding</source>
        <translation type="unfinished">.ts-Dateien in DIR (Arbeitskopie des Übersetzers) ohne Neuerstellung ansehen</translation>
    </message>
    <message>
        <source>create an empty plan file</source>
        <translation type="unfinished">eine leere Plandatei anlegen</translation>
    </message>
    <message>
        <source>city name</source>
        <translation type="unfinished">Name der Stadt</translation>
    </message>
    <message>
        <source>plan title (default: the city name)</source>
        <translation type="unfinished">Titel des Plans (Standard: Name der Stadt)</translation>
    </message>
    <message>
        <source>plan language (default: tr)</source>
        <translation type="unfinished">Sprache des Plans (Standard: tr)</translation>
    </message>
    <message>
        <source>first year of the plan period</source>
        <translation type="unfinished">erstes Jahr des Planungszeitraums</translation>
    </message>
    <message>
        <source>last year of the plan period</source>
        <translation type="unfinished">letztes Jahr des Planungszeitraums</translation>
    </message>
    <message>
        <source>currency code (default: TRY)</source>
        <translation type="unfinished">Währungscode (Standard: TRY)</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation type="unfinished">eine vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>create the demo plan file</source>
        <translation type="unfinished">die Datei mit dem Beispielplan anlegen</translation>
    </message>
    <message>
        <source>language of the demo</source>
        <translation type="unfinished">Sprache des Beispielplans</translation>
    </message>
    <message>
        <source>show plan properties and the per-area summary</source>
        <translation type="unfinished">Planeigenschaften und Übersicht je Bereich anzeigen</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished">JSON ausgeben</translation>
    </message>
    <message>
        <source>check integrity and validity</source>
        <translation type="unfinished">Integrität und Gültigkeit prüfen</translation>
    </message>
    <message>
        <source>warnings also fail the check</source>
        <translation type="unfinished">auch Warnungen lassen die Prüfung fehlschlagen</translation>
    </message>
    <message>
        <source>carry the readable data of a damaged or altered plan into a new, clean plan</source>
        <translation type="unfinished">die lesbaren Daten eines beschädigten oder veränderten Plans in einen neuen, sauberen Plan übernehmen</translation>
    </message>
    <message>
        <source>the new plan file (.lcplan)</source>
        <translation type="unfinished">die neue Plandatei (.lcplan)</translation>
    </message>
    <message>
        <source>write the Excel workplan</source>
        <translation type="unfinished">den Excel-Arbeitsplan schreiben</translation>
    </message>
    <message>
        <source>the workbook to write (.xlsx)</source>
        <translation type="unfinished">die zu schreibende Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>language of the workbook (default: the plan&apos;s language)</source>
        <translation type="unfinished">Sprache der Arbeitsmappe (Standard: Sprache des Plans)</translation>
    </message>
    <message>
        <source>lcplanner: error: %1</source>
        <translation type="unfinished">lcplanner: Fehler: %1</translation>
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
        <translation type="unfinished">Befehle (Hilfe jeweils mit lcplanner COMMAND --help):
  new FILE --city NAME   einen leeren Plan anlegen
  demo FILE              den Beispielplan anlegen
  info FILE [--json]     Planeigenschaften und Übersicht je Bereich
  check FILE             Bericht zu Integrität und Gültigkeit
  export FILE -o X.xlsx  den Excel-Arbeitsplan schreiben
  pdf FILE -o X.pdf      PDF des Plans (oder ein Tempel-Plakat) drucken
  rescue FILE -o NEW     die Daten eines beschädigten Plans in einen neuen Plan übernehmen</translation>
    </message>
    <message>
        <source>replace the output even if it is a plan file (.lcplan) or not a workbook, or write it under a name that does not end in .xlsx</source>
        <translation type="unfinished">die Ausgabe ersetzen, auch wenn sie eine Plandatei (.lcplan) oder keine Arbeitsmappe ist, oder unter einem Namen schreiben, der nicht auf .xlsx endet</translation>
    </message>
    <message>
        <source>include contact persons&apos; phones and e-mails (left out by default: they are personal data)</source>
        <translation type="unfinished">Telefonnummern und E-Mail-Adressen der Kontaktpersonen aufnehmen (standardmäßig weggelassen: personenbezogene Daten)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished">Erstellt: %1</translation>
    </message>
    <message>
        <source>Created the demo plan %1</source>
        <translation type="unfinished">Beispielplan erstellt: %1</translation>
    </message>
    <message>
        <source>%1
%2, %3, %4-%5, %6, language %7</source>
        <translation type="unfinished">%1
%2, %3, %4-%5, %6, Sprache %7</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation type="unfinished">Organisationen: %1</translation>
    </message>
    <message>
        <source>%1 %2: objectives %3, actions %4, budget %5 %6, gaps %7</source>
        <translation type="unfinished">%1 %2: Ziele %3, Maßnahmen %4, Budget %5 %6, Lücken %7</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished">Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished">Warnung: %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished">%1 Fehler, %2 Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>Rescued %n row(s) into %1.</source>
        <translation type="unfinished">
            <numerusform>%n Zeile in %1 gerettet.</numerusform>
            <numerusform>%n Zeilen in %1 gerettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left behind %n row(s) that could not be read or broke the plan&apos;s rules.</source>
        <translation type="unfinished">
            <numerusform>%n Zeile zurückgelassen (nicht lesbar oder gegen die Regeln des Plans).</numerusform>
            <numerusform>%n Zeilen zurückgelassen (nicht lesbar oder gegen die Regeln des Plans).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n value(s) of the wrong kind.</source>
        <translation type="unfinished">
            <numerusform>%n Wert vom falschen Typ geleert.</numerusform>
            <numerusform>%n Werte vom falschen Typ geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n Maßnahme nach %1 exportiert.</numerusform>
            <numerusform>%n Maßnahmen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation type="unfinished">
            <numerusform>%n Zeichen entfernt, das eine Arbeitsmappe nicht aufnehmen kann (Steuerzeichen).</numerusform>
            <numerusform>%n Zeichen entfernt, die eine Arbeitsmappe nicht aufnehmen kann (Steuerzeichen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n text(s) longer than Excel&apos;s 32,767 characters per cell.</source>
        <translation type="unfinished">
            <numerusform>%n Text auf die in Excel erlaubten 32.767 Zeichen pro Zelle gekürzt.</numerusform>
            <numerusform>%n Texte auf die in Excel erlaubten 32.767 Zeichen pro Zelle gekürzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name had no extension, so .xlsx was added to it.</source>
        <translation type="unfinished">Der Name hatte keine Endung, daher wurde .xlsx angehängt.</translation>
    </message>
    <message>
        <source>The disk is full, so the command&apos;s output could not be written.</source>
        <translation type="unfinished">Der Datenträger ist voll, daher konnte die Ausgabe des Befehls nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The command&apos;s output could not be written: %1</source>
        <translation type="unfinished">Die Ausgabe des Befehls konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>lcplanner: cannot compile the translations in %1: %2</source>
        <translation type="unfinished">lcplanner: Die Übersetzungen in %1 können nicht kompiliert werden: %2</translation>
    </message>
    <message>
        <source>lcplanner: no lcplanner_*.ts files in %1</source>
        <translation type="unfinished">lcplanner: keine lcplanner_*.ts-Dateien in %1</translation>
    </message>
</context>
<context>
    <name>Commander</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent to the server yet, the last: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation type="unfinished">Planeigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished">Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished">Organisation bearbeiten</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished">Organisation löschen</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished">Organisationen zusammenführen</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation type="unfinished">Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation type="unfinished">Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished">Ziel löschen</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished">Ziel verschieben</translation>
    </message>
    <message>
        <source>Move objective to another area</source>
        <translation type="unfinished">Ziel in einen anderen Bereich verschieben</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished">Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished">Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Set lead</source>
        <translation type="unfinished">Federführung festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n Maßnahme löschen</numerusform>
            <numerusform>%n Maßnahmen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move action</source>
        <translation type="unfinished">Maßnahme verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to another area</source>
        <translation type="unfinished">
            <numerusform>%n Maßnahme in einen anderen Bereich verschieben</numerusform>
            <numerusform>%n Maßnahmen in einen anderen Bereich verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit partners</source>
        <translation type="unfinished">Partner bearbeiten</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished">Budgetposten hinzufügen</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation type="unfinished">Budgetposten bearbeiten</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation type="unfinished">Budgetposten löschen</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">Indikator hinzufügen</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished">Indikator bearbeiten</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation type="unfinished">Indikator löschen</translation>
    </message>
    <message>
        <source>Add workshop</source>
        <translation type="unfinished">Workshop hinzufügen</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation type="unfinished">Workshop bearbeiten</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation type="unfinished">Workshop löschen</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation type="unfinished">Akteur hinzufügen</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation type="unfinished">Akteur bearbeiten</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation type="unfinished">Akteur löschen</translation>
    </message>
    <message>
        <source>Mark who was present</source>
        <translation type="unfinished">Anwesenheit erfassen</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished">%1 bewerten</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation type="unfinished">Initiative hinzufügen</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation type="unfinished">Initiative bearbeiten</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation type="unfinished">Initiative löschen</translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished">Impulse laden</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished">Karte hinzufügen</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation type="unfinished">Karte bearbeiten</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation type="unfinished">Karte verschieben</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation type="unfinished">Karte löschen</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation type="unfinished">Karten zusammenführen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished">Abstimmen</translation>
    </message>
    <message>
        <source>Turn cards into an action</source>
        <translation type="unfinished">Karten in eine Maßnahme umwandeln</translation>
    </message>
    <message>
        <source>Turn cards into an objective</source>
        <translation type="unfinished">Karten in ein Ziel umwandeln</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No differences: both hold the same rows and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">S&amp;chließen</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the differences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTree</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Require an encrypted connection (TLS)</source>
        <translation type="unfinished">&amp;Verschlüsselte Verbindung verlangen (TLS)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished">&amp;Port:</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation type="unfinished">&amp;Rechner:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished">Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished">Date&amp;nbank:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished">Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The password is not kept: LC Planner asks for it each time. The connection is encrypted whenever the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;st Plans</source>
        <translation type="unfinished">Pläne au&amp;flisten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">&amp;Öffnen</translation>
    </message>
    <message>
        <source>This database holds no LC Planner plans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1: unexpected problem</source>
        <translation type="unfinished">%1: unerwartetes Problem</translation>
    </message>
    <message>
        <source>%1 ran into an unexpected problem. Your plan is safe: every change was saved when you made it. Please send the details below to whoever supports %1.</source>
        <translation type="unfinished">%1 ist auf ein unerwartetes Problem gestoßen. Ihr Plan ist sicher: Jede Änderung wurde gespeichert, als Sie sie vorgenommen haben. Bitte senden Sie die folgenden Details an die Person oder Stelle, die %1 betreut.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished">Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished">Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished">Details kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
</context>
<context>
    <name>DashboardIndicators</name>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Ausgangswert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardMissing</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Maßnahme</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Indicators against their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions without an update this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators against their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Not reported (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s): %2 on track, %3 delayed, %4 not started, %5 done, %6 cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No update for %1: %n action(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished">z. B. %1</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished">Aus einem Kalender wählen (Alt+Unten)</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished">Kalender für %1</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished">Datum entfernen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished">%1 entfernen</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1, or leave it empty; Escape puts the saved date back.</source>
        <translation type="unfinished">Kein Datum. Schreiben Sie es wie %1 oder lassen Sie das Feld leer; Esc stellt das gespeicherte Datum wieder her.</translation>
    </message>
</context>
<context>
    <name>DiffCli</name>
    <message>
        <source>plan properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock-take prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idea card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voter group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Maßnahme</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Autor</translation>
    </message>
    <message>
        <source>Dots to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Stadt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Erledigt</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished">Punkte</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished">Aufwand</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Belege</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Gruppe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished">Wirkung</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished">Einfluss</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">Interesse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Bewertung</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">Ziel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished">Träger</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% abgeschlossen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Letztes Jahr</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">Erstes Jahr</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">Impuls</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">Reichweite</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">Vision</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what changed from one plan file to another (rows matched by their IDs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives the differences as JSON, for other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan, its register and its workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: the two plans hold the same rows and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Bereich</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cover</source>
        <translation type="unfinished">Deckblatt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Übersicht</translation>
    </message>
    <message>
        <source>Fundamental conditions</source>
        <translation type="unfinished">Grundvoraussetzungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Zeitplan</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indikatoren</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Budget</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organisationen</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation type="unfinished">Bestandsaufnahme</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished">Ideen</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">Vision</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation type="unfinished">Planungszeitraum</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation type="unfinished">Anzahl der Maßnahmen</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished">Gesamtbudget</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished">Rahmenwerk</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">Schlüsselmerkmale</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">Ziel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Maßnahme</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Beschreibung</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">Zielgruppen</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.
----------
In the responsibilities matrix: the organisation leads the action.</extracomment>
        <translation type="unfinished">Federführung</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation type="unfinished">Partner (Rolle)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Ende</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation type="unfinished">Budget gesamt</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">Finanzierungsquellen</translation>
    </message>
    <message>
        <source>Indicators (baseline → target)</source>
        <translation type="unfinished">Indikatoren (Ausgangswert → Zielwert)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% abgeschlossen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Priorität</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>ID (do not edit)</source>
        <translation type="unfinished">ID (nicht bearbeiten)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Bereich</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Ziele</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>The summary&apos;s second line: %1 the city, %2 the period, %3 the approval status.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The approval status with its date, e.g. &quot;Approved by the council, 12.03.2027&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, prepared by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">Handlungsfelder (Leitlinien)</translation>
    </message>
    <message>
        <source>The municipality&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Maßnahmen</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished">Budget %1</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation type="unfinished">Maßnahmen mit fehlenden Angaben</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Summe</translation>
    </message>
    <message>
        <source>Objective or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Einheit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Ausgangswert</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">Ausgangsjahr</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">Zielwert</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished">Zieljahr</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Istwert</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Datenquelle</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome (objective)</source>
        <extracomment>Indicators sheet, &quot;Measures&quot; column: an objective&apos;s indicator measures an outcome.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output (action)</source>
        <extracomment>Indicators sheet, &quot;Measures&quot; column: an action&apos;s indicator measures its output.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>One indicator in a cell: %1 its name, %2 the baseline, %3 the target.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <extracomment>One indicator in a cell with the target&apos;s year: %4 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A value with its unit, e.g. &quot;350.000 TL&quot; or &quot;18 %&quot;.</extracomment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Jahr</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Finanzierungsquelle</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation type="unfinished">Zugesagt oder erwartet</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Betrag</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 is outside the plan period (%2–%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome indicators (baseline → target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks of its actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key features and Guideline areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building blocks and fundamental conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nein</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">zugesagt</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">erwartet</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation type="unfinished">Summe zugesagt</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation type="unfinished">Summe erwartet</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished">Summe %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sektor</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">Ansprechperson</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Federführend bei</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">Partner bei</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished">Q%1 %2</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished">Legende</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished">Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(kein Ziel)</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation type="unfinished">Seite &amp;P von &amp;N</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">Impuls</translation>
    </message>
    <message>
        <source>Key feature</source>
        <translation type="unfinished">Schlüsselmerkmal</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Bewertung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Belege</translation>
    </message>
    <message>
        <source>Existing initiative</source>
        <translation type="unfinished">Bestehende Initiative</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Träger</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">Reichweite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>(the area as a whole)</source>
        <translation type="unfinished">(der Bereich insgesamt)</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished">Idee</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Autor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Gruppe</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished">Punkte</translation>
    </message>
    <message>
        <source>Votes by group</source>
        <translation type="unfinished">Stimmen je Gruppe</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished">Wirkung</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished">Aufwand</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished">Quadrant</translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished">Wurde zu</translation>
    </message>
    <message>
        <source>action %1</source>
        <extracomment>What a card became: %1 is a code (&quot;BB1-3&quot;).</extracomment>
        <translation type="unfinished">Maßnahme %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation type="unfinished">Ziel %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export workplan</source>
        <translation type="unfinished">Arbeitsplan exportieren</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;contact persons&apos; phones and e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out unless you tick this: phones and e-mails of people are personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished">Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>%1 workplan</source>
        <translation type="unfinished">Arbeitsplan %1</translation>
    </message>
    <message>
        <source>Export workplan</source>
        <translation type="unfinished">Arbeitsplan exportieren</translation>
    </message>
    <message>
        <source>Writing the workplan…</source>
        <translation type="unfinished">Arbeitsplan wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n Maßnahme nach %1 exportiert.</numerusform>
            <numerusform>%n Maßnahmen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation type="unfinished">
            <numerusform>%n Zeichen entfernt, das eine Arbeitsmappe nicht aufnehmen kann (Steuerzeichen).</numerusform>
            <numerusform>%n Zeichen entfernt, die eine Arbeitsmappe nicht aufnehmen kann (Steuerzeichen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Actions (%1)</source>
        <translation type="unfinished">Maßnahmen (%1)</translation>
    </message>
    <message>
        <source>Objectives (%1)</source>
        <translation type="unfinished">Ziele (%1)</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation type="unfinished">Organisationen (%1)</translation>
    </message>
    <message>
        <source>Indicators (%1)</source>
        <translation type="unfinished">Indikatoren (%1)</translation>
    </message>
    <message>
        <source>Find in the whole plan</source>
        <translation type="unfinished">Im ganzen Plan suchen</translation>
    </message>
    <message>
        <source>Actions, objectives, organisations, indicators: type a word</source>
        <translation type="unfinished">Maßnahmen, Ziele, Organisationen, Indikatoren: ein Wort eingeben</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">Statusfilter</translation>
    </message>
    <message>
        <source>Lead filter</source>
        <translation type="unfinished">Filter nach Federführung</translation>
    </message>
    <message>
        <source>Only actions with gaps</source>
        <translation type="unfinished">Nur Maßnahmen mit Lücken</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Ergebnisse</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Alle Status</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation type="unfinished">Jede Federführung</translation>
    </message>
    <message>
        <source>Type a word to search every area of the plan.</source>
        <translation type="unfinished">Geben Sie ein Wort ein, um alle Bereiche des Plans zu durchsuchen.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished">Nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the whole plan.</source>
        <translation type="unfinished">
            <numerusform>%n Treffer im ganzen Plan.</numerusform>
            <numerusform>%n Treffer im ganzen Plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches as typed; %n found when accents are ignored.</source>
        <translation type="unfinished">
            <numerusform>Keine genaue Übereinstimmung; %n Treffer, wenn Akzente ignoriert werden.</numerusform>
            <numerusform>Keine genaue Übereinstimmung; %n Treffer, wenn Akzente ignoriert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished">%1  %2</translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <source>Individual empowerment and social cohesion</source>
        <translation type="unfinished">Stärkung des Einzelnen und sozialer Zusammenhalt</translation>
    </message>
    <message>
        <source>Empowerment and cohesion</source>
        <translation type="unfinished">Stärkung, Zusammenhalt</translation>
    </message>
    <message>
        <source>Economic development and cultural prosperity</source>
        <translation type="unfinished">Wirtschaftliche Entwicklung und kultureller Wohlstand</translation>
    </message>
    <message>
        <source>Economy and culture</source>
        <translation type="unfinished">Wirtschaft und Kultur</translation>
    </message>
    <message>
        <source>Sustainable development</source>
        <translation type="unfinished">Nachhaltige Entwicklung</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation type="unfinished">Nachhaltigkeit</translation>
    </message>
    <message>
        <source>Inclusive learning in the education system</source>
        <translation type="unfinished">Inklusives Lernen im Bildungssystem</translation>
    </message>
    <message>
        <source>Education system</source>
        <translation type="unfinished">Bildungssystem</translation>
    </message>
    <message>
        <source>Re-vitalised learning in families and communities</source>
        <translation type="unfinished">Neu belebtes Lernen in Familien und Gemeinschaften</translation>
    </message>
    <message>
        <source>Families and communities</source>
        <translation type="unfinished">Familie und Gemeinschaft</translation>
    </message>
    <message>
        <source>Effective learning for and in the workplace</source>
        <translation type="unfinished">Effektives Lernen für den und am Arbeitsplatz</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished">Arbeitsplatz</translation>
    </message>
    <message>
        <source>Extended use of modern learning technologies</source>
        <translation type="unfinished">Erweiterte Nutzung moderner Lerntechnologien</translation>
    </message>
    <message>
        <source>Learning technologies</source>
        <translation type="unfinished">Lerntechnologien</translation>
    </message>
    <message>
        <source>Enhanced quality in learning</source>
        <translation type="unfinished">Höhere Qualität des Lernens</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished">Qualität</translation>
    </message>
    <message>
        <source>A vibrant culture of learning throughout life</source>
        <translation type="unfinished">Eine lebendige Kultur des lebenslangen Lernens</translation>
    </message>
    <message>
        <source>Culture of learning</source>
        <translation type="unfinished">Lernkultur</translation>
    </message>
    <message>
        <source>Strong political will and commitment</source>
        <translation type="unfinished">Starker politischer Wille und Engagement</translation>
    </message>
    <message>
        <source>Political will</source>
        <translation type="unfinished">Politischer Wille</translation>
    </message>
    <message>
        <source>Governance and participation of all stakeholders</source>
        <translation type="unfinished">Governance und Beteiligung aller Akteure</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished">Governance</translation>
    </message>
    <message>
        <source>Mobilisation and utilisation of resources</source>
        <translation type="unfinished">Mobilisierung und Nutzung von Ressourcen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished">Ressourcen</translation>
    </message>
    <message>
        <source>The key-feature prompts are LC Planner&apos;s short paraphrase of the UNESCO Institute for Lifelong Learning&apos;s Key Features of Learning Cities (Beijing, 2013), not the official text.</source>
        <translation type="unfinished">Die Impulse zu den Schlüsselmerkmalen sind eine kurze, eigene Umschreibung der „Key Features of Learning Cities“ (Peking, 2013) des UNESCO-Instituts für Lebenslanges Lernen durch LC Planner, nicht der offizielle Text.</translation>
    </message>
    <message>
        <source>Framework: UNESCO Institute for Lifelong Learning, Key Features of Learning Cities (2013) and Guidelines for Building Learning Cities (2015).</source>
        <translation type="unfinished">Rahmenwerk: UNESCO-Institut für Lebenslanges Lernen, „Key Features of Learning Cities“ (2013) und „Guidelines for Building Learning Cities“ (2015).</translation>
    </message>
    <message>
        <source>Early childhood care and education</source>
        <translation type="unfinished">Frühkindliche Betreuung und Bildung</translation>
    </message>
    <message>
        <source>Access and participation from primary to higher education</source>
        <translation type="unfinished">Zugang und Teilhabe von der Grundschule bis zur Hochschule</translation>
    </message>
    <message>
        <source>Adult education and vocational training</source>
        <translation type="unfinished">Erwachsenenbildung und berufliche Bildung</translation>
    </message>
    <message>
        <source>Support for marginalised groups and migrant families</source>
        <translation type="unfinished">Unterstützung für marginalisierte Gruppen und zugewanderte Familien</translation>
    </message>
    <message>
        <source>Community learning spaces: centres, libraries, museums</source>
        <translation type="unfinished">Lernorte im Gemeinwesen: Zentren, Bibliotheken, Museen</translation>
    </message>
    <message>
        <source>Residents take part in community learning</source>
        <translation type="unfinished">Die Bevölkerung beteiligt sich am Lernen im Gemeinwesen</translation>
    </message>
    <message>
        <source>Reaching groups at risk: families in need, migrants, people with disabilities, minorities, older learners</source>
        <translation type="unfinished">Gefährdete Gruppen erreichen: bedürftige Familien, Zugewanderte, Menschen mit Behinderungen, Minderheiten, ältere Lernende</translation>
    </message>
    <message>
        <source>Valuing local history, culture and indigenous knowledge</source>
        <translation type="unfinished">Wertschätzung lokaler Geschichte, Kultur und indigenen Wissens</translation>
    </message>
    <message>
        <source>Public and private bodies become learning organisations</source>
        <translation type="unfinished">Öffentliche und private Einrichtungen werden zu lernenden Organisationen</translation>
    </message>
    <message>
        <source>Learning for every employee, migrant workers included</source>
        <translation type="unfinished">Lernen für alle Beschäftigten, zugewanderte Arbeitskräfte eingeschlossen</translation>
    </message>
    <message>
        <source>Employers and unions back workplace learning</source>
        <translation type="unfinished">Arbeitgeber und Gewerkschaften unterstützen das Lernen am Arbeitsplatz</translation>
    </message>
    <message>
        <source>Learning for unemployed young people and adults</source>
        <translation type="unfinished">Lernen für arbeitslose junge Menschen und Erwachsene</translation>
    </message>
    <message>
        <source>Administrators, teachers and educators trained to use learning technologies</source>
        <translation type="unfinished">Verwaltungspersonal, Lehrkräfte und Bildungspersonal sind im Einsatz von Lerntechnologien geschult</translation>
    </message>
    <message>
        <source>Every resident can reach computers and the internet</source>
        <translation type="unfinished">Alle Einwohnerinnen und Einwohner haben Zugang zu Computern und zum Internet</translation>
    </message>
    <message>
        <source>Good e-learning resources</source>
        <translation type="unfinished">Gute E-Learning-Angebote</translation>
    </message>
    <message>
        <source>From teaching to learning: creativity and learning to learn</source>
        <translation type="unfinished">Vom Lehren zum Lernen: Kreativität und das Lernen lernen</translation>
    </message>
    <message>
        <source>Shared values and tolerance</source>
        <translation type="unfinished">Gemeinsame Werte und Toleranz</translation>
    </message>
    <message>
        <source>Well-trained educators</source>
        <translation type="unfinished">Gut ausgebildetes Bildungspersonal</translation>
    </message>
    <message>
        <source>Learner-friendly places, special needs included</source>
        <translation type="unfinished">Lernfreundliche Orte, auch für besondere Bedürfnisse</translation>
    </message>
    <message>
        <source>Public events that celebrate learning, such as learning festivals</source>
        <translation type="unfinished">Öffentliche Veranstaltungen, die das Lernen feiern, etwa Lernfeste</translation>
    </message>
    <message>
        <source>Information, guidance and support for learners</source>
        <translation type="unfinished">Information, Beratung und Unterstützung für Lernende</translation>
    </message>
    <message>
        <source>Media, libraries and cultural institutions promote learning</source>
        <translation type="unfinished">Medien, Bibliotheken und Kultureinrichtungen fördern das Lernen</translation>
    </message>
    <message>
        <source>All forms of learning are recognised and rewarded</source>
        <translation type="unfinished">Alle Formen des Lernens werden anerkannt und gewürdigt</translation>
    </message>
    <message>
        <source>City leaders commit to building a learning city</source>
        <translation type="unfinished">Die Stadtspitze verpflichtet sich zum Aufbau einer Lernenden Stadt</translation>
    </message>
    <message>
        <source>A lifelong-learning strategy and plan made with all partners</source>
        <translation type="unfinished">Eine mit allen Partnern erarbeitete Strategie und ein Plan für lebenslanges Lernen</translation>
    </message>
    <message>
        <source>Progress is monitored and reported</source>
        <translation type="unfinished">Fortschritte werden beobachtet, und es wird darüber berichtet</translation>
    </message>
    <message>
        <source>A coordination body across sectors</source>
        <translation type="unfinished">Ein sektorübergreifendes Koordinierungsgremium</translation>
    </message>
    <message>
        <source>Every stakeholder contributes: public, private, civil society, education</source>
        <translation type="unfinished">Alle Akteure leisten ihren Beitrag: öffentliche Hand, Privatwirtschaft, Zivilgesellschaft, Bildung</translation>
    </message>
    <message>
        <source>Partnerships, international ones included</source>
        <translation type="unfinished">Partnerschaften, auch internationale</translation>
    </message>
    <message>
        <source>More investment in lifelong learning from every source</source>
        <translation type="unfinished">Mehr Investitionen in lebenslanges Lernen aus allen Quellen</translation>
    </message>
    <message>
        <source>Stakeholders&apos; resources used well; new ways of funding</source>
        <translation type="unfinished">Ressourcen der Akteure gut genutzt; neue Wege der Finanzierung</translation>
    </message>
    <message>
        <source>Learning opportunities for disadvantaged groups are funded</source>
        <translation type="unfinished">Lernangebote für benachteiligte Gruppen werden finanziert</translation>
    </message>
    <message>
        <source>Volunteers contribute their time and skills</source>
        <translation type="unfinished">Ehrenamtliche bringen ihre Zeit und ihr Können ein</translation>
    </message>
    <message>
        <source>Cities exchange ideas and experience</source>
        <translation type="unfinished">Städte tauschen Ideen und Erfahrungen aus</translation>
    </message>
    <message>
        <source>Develop a plan</source>
        <translation type="unfinished">Plan entwickeln</translation>
    </message>
    <message>
        <source>Coordinate all stakeholders</source>
        <translation type="unfinished">Alle Akteure koordinieren</translation>
    </message>
    <message>
        <source>Celebrate learning</source>
        <translation type="unfinished">Lernen feiern</translation>
    </message>
    <message>
        <source>Learning accessible to all</source>
        <translation type="unfinished">Lernen für alle zugänglich</translation>
    </message>
    <message>
        <source>Monitor and evaluate</source>
        <translation type="unfinished">Überwachen und bewerten</translation>
    </message>
    <message>
        <source>Sustainable funding</source>
        <translation type="unfinished">Nachhaltige Finanzierung</translation>
    </message>
</context>
<context>
    <name>GapsDialog</name>
    <message>
        <source>Gaps</source>
        <translation type="unfinished">Lücken</translation>
    </message>
    <message>
        <source>What the plan still lacks. Enter or a double-click goes to the field.</source>
        <translation type="unfinished">Was dem Plan noch fehlt. Eingabe oder ein Doppelklick führt zum Feld.</translation>
    </message>
    <message>
        <source>No gaps: every action has a lead, an indicator, a budget and dates.</source>
        <translation type="unfinished">Keine Lücken: Jede Maßnahme hat eine Federführung, einen Indikator, ein Budget und Termine.</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Copy for a group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before merging %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsCli</name>
    <message>
        <source>keep the plan as it is now under a name, inside its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the snapshots a plan file keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives the list as JSON, for other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a copy of the plan for a breakout group; it remembers the state it started from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge a breakout group&apos;s copy back into the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only show what the merge would do; the plan is not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives the merge&apos;s changes and conflicts as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle every conflict with the plan&apos;s value (ours) or the copy&apos;s (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the copy if the file exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snapshot “%1” of %2 taken (%n action(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan keeps no snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base of a group copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base of this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a group written to %1; it remembers the snapshot “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy&apos;s base snapshot is gone: every difference is a decision (two-way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base: the snapshot “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1 %2, %3: the plan has “%4”, the copy “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1 %2 was deleted in the plan and edited in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1 %2 was edited in the plan and deleted in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1 %2, what it belongs to was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the plan: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the copy: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumbered: %1 is now %2 (the plan already had %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same %1 in both: %2 (kept once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: the plan was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged. The plan as it was before is kept as the snapshot “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept the plan&apos;s value; run again with --take ours or --take theirs to settle them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to merge: the plan already holds everything of the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaBoard</name>
    <message>
        <source>Quick wins</source>
        <translation type="unfinished">Schnelle Erfolge</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation type="unfinished">Großprojekte</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation type="unfinished">Lückenfüller</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation type="unfinished">Undankbare Aufgaben</translation>
    </message>
</context>
<context>
    <name>IdeaWallPage</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Area of new cards</source>
        <translation type="unfinished">Bereich neuer Karten</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down in the idea field choose the area too; drop cards here to move them to this area</source>
        <translation type="unfinished">Alt+Oben / Alt+Unten im Ideenfeld wählen ebenfalls den Bereich; legen Sie Karten hier ab, um sie in diesen Bereich zu verschieben</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation type="unfinished">Idee eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>New card</source>
        <translation type="unfinished">Neue Karte</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">optional</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Autor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Gruppe</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">B&amp;ereich:</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation type="unfinished">&amp;Idee:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation type="unfinished">A&amp;utor:</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation type="unfinished">Gru&amp;ppe:</translation>
    </message>
    <message>
        <source>Voter group</source>
        <translation type="unfinished">Abstimmungsgruppe</translation>
    </message>
    <message>
        <source>Whose dots + / − and the digits set on the selected card</source>
        <translation type="unfinished">Wessen Punkte + / − und die Ziffern auf die ausgewählte Karte setzen</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation type="unfinished">Name, dann Enter</translation>
    </message>
    <message>
        <source>New voter group</source>
        <translation type="unfinished">Neue Abstimmungsgruppe</translation>
    </message>
    <message>
        <source>Dots of the new group</source>
        <translation type="unfinished">Punkte der neuen Gruppe</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Vo&amp;tes of:</source>
        <translation type="unfinished">Stimmen &amp;von:</translation>
    </message>
    <message>
        <source>&amp;New group:</source>
        <translation type="unfinished">&amp;Neue Gruppe:</translation>
    </message>
    <message>
        <source>Bu&amp;dget:</source>
        <translation type="unfinished">Budge&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Sort by dots</source>
        <translation type="unfinished">Nach Punkten s&amp;ortieren</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">Anzeigen</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished">Alle Karten</translation>
    </message>
    <message>
        <source>Not on the board yet</source>
        <translation type="unfinished">Noch nicht in der Matrix</translation>
    </message>
    <message>
        <source>&amp;Quadrant:</source>
        <translation type="unfinished">&amp;Quadrant:</translation>
    </message>
    <message>
        <source>Idea wall</source>
        <translation type="unfinished">Ideenwand</translation>
    </message>
    <message>
        <source>Impact–effort board</source>
        <translation type="unfinished">Wirkung-Aufwand-Matrix</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation type="unfinished">&amp;Wand</translation>
    </message>
    <message>
        <source>Impact–effort &amp;board</source>
        <translation type="unfinished">Wirkung-Aufwand-&amp;Matrix</translation>
    </message>
    <message>
        <source>Enter adds a card. On a card: F2 edit · Delete · Alt+←/→ other area · Ctrl+M merge · + / − or 0–9 dots · Ctrl+arrows on the board · Ctrl+Enter action · Ctrl+Shift+Enter objective</source>
        <translation type="unfinished">Enter fügt eine Karte hinzu. Auf einer Karte: F2 bearbeiten · Entf löschen · Alt+←/→ anderer Bereich · Strg+M zusammenführen · + / − oder 0–9 Punkte · Strg+Pfeiltasten in der Matrix · Strg+Enter Maßnahme · Strg+Umschalt+Enter Ziel</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>voter group: name, dots spent/budget</comment>
        <translation type="unfinished">%1 %2/%3</translation>
    </message>
    <message>
        <source>Card added to %1. Type the next one; Ctrl+Z takes it back.</source>
        <translation type="unfinished">Karte zu %1 hinzugefügt. Geben Sie die nächste ein; Strg+Z nimmt sie zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation type="unfinished">
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n card(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n Karte gelöscht. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Karten gelöscht. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation type="unfinished">
            <numerusform>%n Karte verschieben</numerusform>
            <numerusform>%n Karten verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n Karte nach %1 verschoben. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Karten nach %1 verschoben. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation type="unfinished">Karten verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to:</source>
        <translation type="unfinished">
            <numerusform>%n Karte verschieben nach:</numerusform>
            <numerusform>%n Karten verschieben nach:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two cards to merge (Ctrl+click or Shift+arrows).</source>
        <translation type="unfinished">Wählen Sie zwei Karten zum Zusammenführen aus (Strg+Klick oder Umschalt+Pfeiltasten).</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation type="unfinished">Karten zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n card(s) into one. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n Karte zu einer zusammengeführt. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Karten zu einer zusammengeführt. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a card first.</source>
        <translation type="unfinished">Wählen Sie zuerst eine Karte aus.</translation>
    </message>
    <message>
        <source>Add a voter group first: its name and its dots.</source>
        <translation type="unfinished">Legen Sie zuerst eine Abstimmungsgruppe an: ihren Namen und ihre Punkte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n dot(s) on this card.</source>
        <translation type="unfinished">
            <numerusform>%1 hat %n Punkt auf dieser Karte.</numerusform>
            <numerusform>%1 hat %n Punkte auf dieser Karte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n card(s) on the board</source>
        <translation type="unfinished">
            <numerusform>%n Karte in der Matrix platzieren</numerusform>
            <numerusform>%n Karten in der Matrix platzieren</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board: impact %1, effort %2 (%3).</source>
        <translation type="unfinished">In der Matrix: Wirkung %1, Aufwand %2 (%3).</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation type="unfinished">Wählen Sie die Karten aus, die zu einer Maßnahme oder einem Ziel werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the action %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n Karte wurde zur Maßnahme %1. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Karten wurden zur Maßnahme %1. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the objective %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n Karte wurde zum Ziel %1. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Karten wurden zum Ziel %1. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 can spend %n dot(s).</source>
        <translation type="unfinished">
            <numerusform>%1 kann %n Punkt vergeben.</numerusform>
            <numerusform>%1 kann %n Punkte vergeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactEffortBoard</name>
    <message>
        <source>Effort →</source>
        <translation type="unfinished">Aufwand →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation type="unfinished">Wirkung →</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Sheet %1, cell %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <extracomment>What a column can become, in the order the wizard lists them, with their labels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Action (title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building block or condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">Ziel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Beschreibung</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">Zielgruppen</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe (start to end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Enddatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% erledigt</translation>
    </message>
    <message>
        <source>Priority (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Finanzierungsquelle</translation>
    </message>
    <message>
        <source>Indicators (KPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was changed in the plan after the export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <source>bring the edits of an exported workbook (or a mapped spreadsheet) into the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only show what would change; the plan is not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the changes as JSON (with --dry-run: for other programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column mapping (.json) for a spreadsheet LC Planner did not write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the rows of another plan&apos;s workbook as new rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a conflict, take the workbook&apos;s value (default: keep the plan&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the rows missing from the workbook (default: keep them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the organisations the register does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to update</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing from the workbook</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook holds no changes to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workbook has %n problem(s); nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. The plan before the import was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New row in %1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the workbook (%1): %3 (deleted only with --delete-missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: CONFLICT plan “%3”, workbook “%4”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished">Tab&amp;ellenblatt:</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns: what each one becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building blocks and s&amp;tatuses of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: a problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area of rows without one:</source>
        <translation type="unfinished">Bereich &amp;für Zeilen ohne Bereich:</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;oad mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is empty. Choose the row that holds the column headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building blocks and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished">(wählen)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cannot be read. Fix them in the spreadsheet, or choose what their values become, and import again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has no rows to import under its headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Row and field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <extracomment>The column of the preview with a cell&apos;s name in the workbook (&quot;F12&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the plan</source>
        <extracomment>The column of the preview with the value the plan holds now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the workbook</source>
        <extracomment>The column of the preview with the value the workbook brings.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <extracomment>The column of the preview where the person decides (tick boxes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A changed row: %1 its number in the sheet, %2 how a person knows it (&quot;BB1-3 Reading clubs&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, new: %2</source>
        <extracomment>A row the workbook adds to the plan: %1 its number in the sheet, %2 its code and title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the workbook: %1</source>
        <extracomment>A row of the plan the workbook no longer has: %1 its code and title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <extracomment>A field changed both in the plan and in the workbook since the export: %1 the column&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the plan and in the workbook since the export: choose which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the workbook&apos;s value</source>
        <extracomment>Tick box of a conflict; unticked, the plan&apos;s value stays.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, the plan keeps its value. Space ticks or unticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Tick box of a row missing from the workbook: delete it from the plan.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, the row stays in the plan. Space ticks or unticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported from this workbook until %n problem(s) in it are fixed. The plan has not changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook holds no changes to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 a number of changed values (&quot;12 changes&quot;), %2 of rows (&quot;5 rows&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing from the workbook</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) not in the register</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the import would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks the choice on the current line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next conflict (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the organisation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;organisations: the workbook names them, the register does not have them. Only the ticked ones are created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) not &amp;read: show why</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cells not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished">&amp;Übernehmen</translation>
    </message>
</context>
<context>
    <name>IndicatorBox</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indikatoren</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">Indikator hinzufügen</translation>
    </message>
    <message>
        <source>New indicator, e.g. number of participants</source>
        <translation type="unfinished">Neuer Indikator, z. B. Anzahl der Teilnehmenden</translation>
    </message>
    <message>
        <source>New indicator name</source>
        <translation type="unfinished">Name des neuen Indikators</translation>
    </message>
    <message>
        <source>Measurements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected indicator&apos;s values over time, with a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished">Neuer Indikator</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished">ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nein</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished">%1 ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Einheit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Ausgangswert</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">Ausgangsjahr</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">Zielwert</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished">Zieljahr</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Istwert</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Datenquelle</translation>
    </message>
</context>
<context>
    <name>InitiativeTable</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished">Initiative</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished">Träger</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">Reichweite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">Impuls</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LC Planner</source>
        <translation type="unfinished">LC Planner</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished">Navigator</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished">&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished">Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <translation type="unfinished">Bei&amp;spielplan öffnen</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation type="unfinished">&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Export Workplan…</source>
        <translation type="unfinished">Arbeitsplan &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished">&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished">&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Action &amp;Editor</source>
        <translation type="unfinished">Maßnahmen-&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished">&amp;Vollbild</translation>
    </message>
    <message>
        <source>Workshop &amp;Timer</source>
        <translation type="unfinished">Workshop-Timer</translation>
    </message>
    <message>
        <source>&amp;About LC Planner</source>
        <translation type="unfinished">Ü&amp;ber LC Planner</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress Repor&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation type="unfinished">&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished">Vor&amp;heriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Gaps…</source>
        <translation type="unfinished">&amp;Lücken…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished">&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Hilfe</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation type="unfinished">Plan wird bereits verwendet</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation type="unfinished">%1

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Upgraded the plan file; the old version is kept as %1</source>
        <translation type="unfinished">Plandatei aktualisiert; die alte Version bleibt als %1 erhalten</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished">Plan öffnen</translation>
    </message>
    <message>
        <source>LC Planner plans (%1)</source>
        <translation type="unfinished">LC-Planner-Pläne (%1)</translation>
    </message>
    <message>
        <source>Demo plan</source>
        <translation type="unfinished">Beispielplan</translation>
    </message>
    <message>
        <source>Cannot create the demo plan</source>
        <translation type="unfinished">Beispielplan kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation type="unfinished">Neuen Plan speichern unter</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation type="unfinished">Plan kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished">Gespeichert um %1</translation>
    </message>
    <message>
        <source>%1 – LC Planner</source>
        <translation type="unfinished">%1 – LC Planner</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation type="unfinished">%1 [schreibgeschützt]</translation>
    </message>
    <message>
        <source>About LC Planner</source>
        <translation type="unfinished">Über LC Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı: learning-city action plans for workshops, offline.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;Planer für Lernende Städte: Aktionspläne für Workshops, offline.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Lizenz: GNU GPL Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 ist kein Datum.</translation>
    </message>
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
</context>
<context>
    <name>MeasurementsDialog</name>
    <message>
        <source>Measurements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1   Target: %2   Latest: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the new measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished">Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">&amp;Neu:</translation>
    </message>
    <message>
        <source>Write a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy&apos;s base snapshot is gone: every difference is a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged against the snapshot “%1”, the state the copy started from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;anges (%1)</source>
        <translation type="unfinished">Ände&amp;rungen (%1)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: the plan and the copy changed different things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in the plan, edited in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited in the plan, deleted in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it belongs to was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the copy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the plan&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the plan keeps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumbered: %1 is now %2 (the plan already had %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same %1 in both, kept once: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MilestoneBox</name>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone, e.g. opening day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneModel</name>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 ist kein Datum.</translation>
    </message>
</context>
<context>
    <name>MilestoneTable</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <source>No update for this period yet: type to report one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&lt;h2&gt;Monitoring round&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">B&amp;ereich:</translation>
    </message>
    <message>
        <source>Only actions &amp;without an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier period (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later period (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of each action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: type its first letter (again for the next one). Other cells: type, then Enter goes down, Tab goes right. Ctrl+Shift+C copies what the action reported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action(s) reported for %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Maßnahme</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Federführung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% abgeschlossen</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>1 Stakeholders</source>
        <translation type="unfinished">1 Akteure</translation>
    </message>
    <message>
        <source>2 Stock-take</source>
        <translation type="unfinished">2 Bestandsaufnahme</translation>
    </message>
    <message>
        <source>3 Ideas and votes</source>
        <translation type="unfinished">3 Ideen und Stimmen</translation>
    </message>
    <message>
        <source>Workshop, step 1: who is in the room and who should be (Ctrl+Shift+1)</source>
        <translation type="unfinished">Workshop, Schritt 1: wer im Raum ist und wer dabei sein sollte (Strg+Umschalt+1)</translation>
    </message>
    <message>
        <source>Workshop, step 2: what the city already has, area by area (Ctrl+Shift+2)</source>
        <translation type="unfinished">Workshop, Schritt 2: was die Stadt schon hat, Bereich für Bereich (Strg+Umschalt+2)</translation>
    </message>
    <message>
        <source>Workshop, steps 3 and 4: ideas on the wall, dots and the impact-effort board; the best become actions (Ctrl+Shift+3)</source>
        <translation type="unfinished">Workshop, Schritte 3 und 4: Ideen an der Wand, Punkte und die Wirkung-Aufwand-Matrix; die besten werden Maßnahmen (Strg+Umschalt+3)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Zeitplan</translation>
    </message>
    <message>
        <source>Monitoring round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action as a bar over the plan&apos;s years; drag or Shift+arrows to move (Ctrl+Shift+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action&apos;s progress for a reporting period, typed in place (Ctrl+Shift+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per area: actions by status, spending, indicators against targets, who has not reported (Ctrl+Shift+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished">Übersicht</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organisationen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished">%1  %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n action(s)</source>
        <translation type="unfinished">
            <numerusform>%1: %2, %n Maßnahme</numerusform>
            <numerusform>%1: %2, %n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (some actions lack a lead, an indicator, a budget or dates)</source>
        <translation type="unfinished">%1 (bei einigen Maßnahmen fehlen Federführung, Indikator, Budget oder Termine)</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished">Neuer Plan</translation>
    </message>
    <message>
        <source>Learning City Action Plan</source>
        <translation type="unfinished">Aktionsplan Lernende Stadt</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">Erstes Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Letztes Jahr</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">S&amp;tadt:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation type="unfinished">&amp;Plansprache:</translation>
    </message>
    <message>
        <source>%1 Learning City Action Plan</source>
        <translation type="unfinished">Aktionsplan Lernende Stadt %1</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>(choose)</source>
        <translation type="unfinished">(wählen)</translation>
    </message>
    <message>
        <source>No sector yet: choose one (double-click the Sector cell).</source>
        <translation type="unfinished">Noch kein Sektor: bitte einen wählen (Doppelklick auf die Zelle Sektor).</translation>
    </message>
</context>
<context>
    <name>OrganisationTable</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sektor</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">Ansprechperson</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Federführend bei</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">Partner bei</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>&lt;h2&gt;Organisations&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Organisationen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organisationen</translation>
    </message>
    <message>
        <source>New organisation: type its name and press Enter</source>
        <translation type="unfinished">Neue Organisation: Namen eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished">Neue Organisation</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished">&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Select two organisations that are the same, then merge</source>
        <translation type="unfinished">Wählen Sie zwei Organisationen aus, die dieselbe sind, und führen Sie sie dann zusammen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Löschen</translation>
    </message>
    <message>
        <source>Actions of the organisation</source>
        <translation type="unfinished">Maßnahmen der Organisation</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished">Organisation löschen</translation>
    </message>
    <message>
        <source>Select exactly two organisations to merge.</source>
        <translation type="unfinished">Wählen Sie genau zwei Organisationen zum Zusammenführen aus.</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished">Organisationen zusammenführen</translation>
    </message>
    <message>
        <source>Keep which name? The other is merged into it.</source>
        <translation type="unfinished">Welcher Name soll bleiben? Die andere Organisation wird damit zusammengeführt.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an organisation to see its actions.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;Wählen Sie eine Organisation aus, um ihre Maßnahmen zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;i&gt;keine&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</source>
        <translation type="unfinished">&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Leads %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform>&lt;p&gt;&lt;b&gt;Federführend bei %n Maßnahme:&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Federführend bei %n Maßnahmen:&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Partner in %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform>&lt;p&gt;&lt;b&gt;Partner bei %n Maßnahme:&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Partner bei %n Maßnahmen:&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Plan properties</source>
        <translation type="unfinished">Planeigenschaften</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">Erstes Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Letztes Jahr</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">S&amp;tadt:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">T&amp;itel:</translation>
    </message>
    <message>
        <source>V&amp;ision:</source>
        <translation type="unfinished">&amp;Vision:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished">&amp;Währung:</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation type="unfinished">&amp;Plansprache:</translation>
    </message>
    <message>
        <source>Approval status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the council approved the plan (a draft has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s planning office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2, %3 · %4–%5&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2, %3 · %4–%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2 · %4–%5&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2 · %4–%5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PartnersBox</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rolle</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished">Partnerorganisation</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation type="unfinished">Organisation auswählen oder neue eingeben</translation>
    </message>
    <message>
        <source>Partner role</source>
        <translation type="unfinished">Rolle des Partners</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished">Partner hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">Rolle von %1</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The page number in each page&apos;s header: %1 this page, %2 the number of pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning city action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A label and its value (&quot;City: İzmir&quot;); French writes &quot;%1 : %2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A value and its unit (&quot;78.5 %&quot;, &quot;3 houses&quot;).
----------
A code and its name or statement (&quot;BB1 Inclusive learning…&quot;, &quot;BB1-O1 Widen access…&quot;).</extracomment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A value and the year it was measured or is aimed at (&quot;78.5 % (2025)&quot;).
----------
An organisation and its role in an action (&quot;Library (Funder)&quot;).</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list (&quot;Municipal, National&quot;); Arabic writes &quot;، &quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A city and its country (&quot;İzmir, Türkiye&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>From a date to a date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">Vision</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation type="unfinished">Planungszeitraum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of export</source>
        <translation type="unfinished">Exportdatum</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation type="unfinished">Anzahl der Maßnahmen</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished">Gesamtbudget</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Bereich</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Ziele</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Maßnahmen</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Budget</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation type="unfinished">Budget gesamt</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation type="unfinished">Maßnahmen mit fehlenden Angaben</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Summe</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indikatoren</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(kein Ziel)</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished">Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organisationen</translation>
    </message>
    <message>
        <source>Contact persons, e-mail addresses and phone numbers are kept in the plan file and not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Beschreibung</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">Zielgruppen</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation type="unfinished">Federführung</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation type="unfinished">Partner (Rolle)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Ende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% abgeschlossen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Priorität</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">Schlüsselmerkmale</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">Handlungsfelder (Leitlinien)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">Finanzierungsquellen</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Ausgangswert</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">Zielwert</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Istwert</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Datenquelle</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Jahr</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Finanzierungsquelle</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation type="unfinished">Zugesagt oder erwartet</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Betrag</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">zugesagt</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">erwartet</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation type="unfinished">Summe zugesagt</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation type="unfinished">Summe erwartet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nein</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sektor</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Federführend bei</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">Partner bei</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">Bestandsaufnahme: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation type="unfinished">
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation type="unfinished">
            <numerusform>⚠ %n Lücke</numerusform>
            <numerusform>⚠ %n Lücken</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Zeitplan</translation>
    </message>
</context>
<context>
    <name>PdfCli</name>
    <message>
        <source>write the plan as a PDF document, or its temple as a wall poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF to write (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the PDF (default: the plan&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper size (default: A4 for the document, A3 for the poster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one page with the temple: a wall poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF la&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pape&amp;r size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete plan: cover, temple and every area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temple wall &amp;poster on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished">Q%1 %2</translation>
    </message>
</context>
<context>
    <name>PlanError</name>
    <message>
        <source>Action %1 is in an unknown area.</source>
        <translation type="unfinished">Maßnahme %1 liegt in einem unbekannten Bereich.</translation>
    </message>
    <message>
        <source>Objective %1 is in an unknown area.</source>
        <translation type="unfinished">Ziel %1 liegt in einem unbekannten Bereich.</translation>
    </message>
    <message>
        <source>Action %1 has an unknown status.</source>
        <translation type="unfinished">Maßnahme %1 hat einen unbekannten Status.</translation>
    </message>
    <message>
        <source>The plan “%1” is a draft but has an approval date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 has a priority or percentage out of range.</source>
        <translation type="unfinished">Maßnahme %1 hat eine Priorität oder einen Prozentwert außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Action %1 ends before it starts.</source>
        <translation type="unfinished">Maßnahme %1 endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>The lead of action %1 belongs to another plan.</source>
        <translation type="unfinished">Die federführende Organisation von Maßnahme %1 gehört zu einem anderen Plan.</translation>
    </message>
    <message>
        <source>Action %1 sits under an objective of another area.</source>
        <translation type="unfinished">Maßnahme %1 steht unter einem Ziel eines anderen Bereichs.</translation>
    </message>
    <message>
        <source>A partner of action %1 has an unknown role.</source>
        <translation type="unfinished">Ein Partner von Maßnahme %1 hat eine unbekannte Rolle.</translation>
    </message>
    <message>
        <source>A budget line of action %1 is negative or has an unknown source.</source>
        <translation type="unfinished">Ein Budgetposten von Maßnahme %1 ist negativ oder hat eine unbekannte Quelle.</translation>
    </message>
    <message>
        <source>Indicator %1 has an unknown kind.</source>
        <translation type="unfinished">Indikator %1 hat eine unbekannte Art.</translation>
    </message>
    <message>
        <source>Organisation %1 has an unknown sector.</source>
        <translation type="unfinished">Organisation %1 hat einen unbekannten Sektor.</translation>
    </message>
    <message>
        <source>The card “%1” is in an unknown area.</source>
        <translation type="unfinished">Die Karte „%1“ liegt in einem unbekannten Bereich.</translation>
    </message>
    <message>
        <source>The prompt %1 is in an unknown area.</source>
        <translation type="unfinished">Der Impuls %1 liegt in einem unbekannten Bereich.</translation>
    </message>
    <message>
        <source>The initiative %1 is in an unknown area.</source>
        <translation type="unfinished">Die Initiative %1 liegt in einem unbekannten Bereich.</translation>
    </message>
    <message>
        <source>The rating %1 has an unknown area or level.</source>
        <translation type="unfinished">Die Bewertung %1 hat einen unbekannten Bereich oder eine unbekannte Stufe.</translation>
    </message>
    <message>
        <source>The stakeholder %1 has an influence or interest out of range.</source>
        <translation type="unfinished">Der Akteur %1 hat einen Einfluss oder ein Interesse außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The group %1 has spent more dots than its budget.</source>
        <translation type="unfinished">Die Gruppe %1 hat mehr Punkte vergeben, als ihr Budget erlaubt.</translation>
    </message>
    <message>
        <source>Action %1 has no lead organisation.</source>
        <translation type="unfinished">Maßnahme %1 hat keine federführende Organisation.</translation>
    </message>
    <message>
        <source>Action %1 has no indicator.</source>
        <translation type="unfinished">Maßnahme %1 hat keinen Indikator.</translation>
    </message>
    <message>
        <source>Action %1 has no budget.</source>
        <translation type="unfinished">Maßnahme %1 hat kein Budget.</translation>
    </message>
    <message>
        <source>Action %1 has no start or end date.</source>
        <translation type="unfinished">Maßnahme %1 hat kein Start- oder Enddatum.</translation>
    </message>
    <message>
        <source>Database damage: %1</source>
        <translation type="unfinished">Beschädigte Datenbank: %1</translation>
    </message>
    <message>
        <source>Row %2 of %1 points to a missing row of %3.</source>
        <translation type="unfinished">Zeile %2 in %1 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
    <message>
        <source>Action %1 names unknown key features: %2.</source>
        <translation type="unfinished">Maßnahme %1 nennt unbekannte Schlüsselmerkmale: %2.</translation>
    </message>
    <message>
        <source>Action %1 has a date outside the plan period.</source>
        <translation type="unfinished">Maßnahme %1 hat ein Datum außerhalb des Planungszeitraums.</translation>
    </message>
    <message>
        <source>Organisation %1 has no sector yet.</source>
        <translation type="unfinished">Die Organisation %1 hat noch keinen Sektor.</translation>
    </message>
    <message>
        <source>A budget line for %1 lies outside the plan period.</source>
        <translation type="unfinished">Ein Budgetposten für %1 liegt außerhalb des Planungszeitraums.</translation>
    </message>
    <message>
        <source>An indicator belongs to one action or one objective.</source>
        <translation type="unfinished">Ein Indikator gehört entweder zu einer Maßnahme oder zu einem Ziel.</translation>
    </message>
    <message>
        <source>The change could not be saved to the plan file: %1</source>
        <translation type="unfinished">Die Änderung konnte nicht in der Plandatei gespeichert werden: %1</translation>
    </message>
    <message>
        <source>An organisation named %1 already exists.</source>
        <translation type="unfinished">Eine Organisation namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation type="unfinished">Eine Organisation kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1): what you see may be out of date until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be sent to the server: %1. It is kept and sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used.</source>
        <translation type="unfinished">Der Code %1 wird bereits verwendet.</translation>
    </message>
    <message>
        <source>The objective is not part of this plan.</source>
        <translation type="unfinished">Das Ziel gehört nicht zu diesem Plan.</translation>
    </message>
    <message>
        <source>The objective %1 belongs to another area (%2).</source>
        <translation type="unfinished">Das Ziel %1 gehört zu einem anderen Bereich (%2).</translation>
    </message>
    <message>
        <source>The lead must be an organisation of this plan.</source>
        <translation type="unfinished">Die Federführung muss bei einer Organisation dieses Plans liegen.</translation>
    </message>
    <message>
        <source>An organisation is listed twice among the partners.</source>
        <translation type="unfinished">Eine Organisation ist zweimal unter den Partnern aufgeführt.</translation>
    </message>
    <message>
        <source>A partner must be an organisation of this plan.</source>
        <translation type="unfinished">Ein Partner muss eine Organisation dieses Plans sein.</translation>
    </message>
    <message>
        <source>%1 already leads this action.</source>
        <translation type="unfinished">%1 hat bereits die Federführung für diese Maßnahme.</translation>
    </message>
    <message>
        <source>The plan could not be processed.</source>
        <translation type="unfinished">Der Plan konnte nicht verarbeitet werden.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished">Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file.</source>
        <translation type="unfinished">%1 ist ein Ordner, keine Plandatei.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a plan file.</source>
        <translation type="unfinished">Die Datei %1 ist leer: Sie ist keine Plandatei.</translation>
    </message>
    <message>
        <source>The file %1 is not an LC Planner plan file (it is not a database).</source>
        <translation type="unfinished">Die Datei %1 ist keine LC-Planner-Plandatei (sie ist keine Datenbank).</translation>
    </message>
    <message>
        <source>The file %1 is a spreadsheet or another zipped document, not an LC Planner plan file.</source>
        <translation type="unfinished">Die Datei %1 ist eine Tabellenkalkulation oder ein anderes gepacktes Dokument, keine LC-Planner-Plandatei.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not an LC Planner plan.</source>
        <translation type="unfinished">Die Datei %1 ist eine Datenbank eines anderen Programms, kein LC-Planner-Plan.</translation>
    </message>
    <message>
        <source>The plan file %1 is damaged or incomplete (%2). Open a backup copy or the latest saved copy.</source>
        <translation type="unfinished">Die Plandatei %1 ist beschädigt oder unvollständig (%2). Öffnen Sie eine Sicherungskopie oder die zuletzt gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>The plan file %1 was made by a newer LC Planner (schema version %2; this version reads up to %3). Update LC Planner to open it.</source>
        <translation type="unfinished">Die Plandatei %1 wurde mit einer neueren Version von LC Planner erstellt (Schemaversion %2; diese Version liest bis Version %3). Aktualisieren Sie LC Planner, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The plan file %1 is read-only (or its folder is). Open it read-only, or save a copy somewhere you can write.</source>
        <translation type="unfinished">Die Plandatei %1 (oder ihr Ordner) ist schreibgeschützt. Öffnen Sie sie schreibgeschützt oder speichern Sie eine Kopie an einem Ort, an dem Sie Schreibrechte haben.</translation>
    </message>
    <message>
        <source>The plan file %1 was made by an older LC Planner and cannot be read without upgrading it. Open it for editing once (a backup copy is kept).</source>
        <translation type="unfinished">Die Plandatei %1 wurde mit einer älteren Version von LC Planner erstellt und kann ohne Aktualisierung nicht gelesen werden. Öffnen Sie sie einmal zum Bearbeiten (eine Sicherungskopie wird aufbewahrt).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished">Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The plan file %1 is already open for editing by %2 since %3. You can open it read-only.</source>
        <translation type="unfinished">Die Plandatei %1 ist seit %3 von %2 zum Bearbeiten geöffnet. Sie können sie schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>The plan file %1 could not be upgraded to this version (%2). It was not changed; a backup is at %3.</source>
        <translation type="unfinished">Die Plandatei %1 konnte nicht auf diese Version aktualisiert werden (%2). Sie wurde nicht verändert; eine Sicherungskopie liegt unter %3.</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation type="unfinished">Die Datei %1 existiert bereits.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket), so it is not a plan file.</source>
        <translation type="unfinished">%1 ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket) und daher keine Plandatei.</translation>
    </message>
    <message>
        <source>The plan file %1 was changed by another program (%2), so it was not opened. You can rescue its data into a new, clean plan.</source>
        <translation type="unfinished">Die Plandatei %1 wurde von einem anderen Programm verändert (%2) und daher nicht geöffnet. Sie können ihre Daten in einen neuen, sauberen Plan retten.</translation>
    </message>
    <message>
        <source>The plan file %1 is busy: another program is writing to it. Try again in a moment, or close the other program.</source>
        <translation type="unfinished">Die Plandatei %1 ist belegt: Ein anderes Programm schreibt gerade hinein. Versuchen Sie es gleich noch einmal oder schließen Sie das andere Programm.</translation>
    </message>
    <message>
        <source>The plan file %1 was left in the middle of a save and must be repaired before it can be read, but it is read-only here. Copy it, with the file %2 beside it, to a folder where you can write, and open the copy.</source>
        <translation type="unfinished">Die Plandatei %1 ist mitten in einem Speichervorgang stehen geblieben und muss repariert werden, bevor sie gelesen werden kann, ist hier aber schreibgeschützt. Kopieren Sie sie zusammen mit der daneben liegenden Datei %2 in einen Ordner, in dem Sie Schreibrechte haben, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be opened for editing: %2 is in the way of its lock file. Remove or rename it, or open the plan read-only.</source>
        <translation type="unfinished">Die Plandatei %1 kann nicht zum Bearbeiten geöffnet werden: %2 steht ihrer Sperrdatei im Weg. Entfernen Sie es oder benennen Sie es um, oder öffnen Sie den Plan schreibgeschützt.</translation>
    </message>
    <message>
        <source>The plan file %1 has a lock left behind by %2, whose LC Planner is no longer running, but this account may not remove it. Delete the file %3, or open the plan read-only.</source>
        <translation type="unfinished">Die Plandatei %1 ist noch von %2 gesperrt, dessen LC Planner nicht mehr läuft, aber dieses Konto darf die Sperre nicht entfernen. Löschen Sie die Datei %3 oder öffnen Sie den Plan schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 is a plan open for editing by %2; it cannot be replaced. Choose another name.</source>
        <translation type="unfinished">%1 ist ein Plan, den %2 zum Bearbeiten geöffnet hat; er kann nicht ersetzt werden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is the plan itself; a copy cannot replace it. Choose another name.</source>
        <translation type="unfinished">%1 ist der Plan selbst; eine Kopie kann ihn nicht ersetzen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>No data could be rescued from %1: %2</source>
        <translation type="unfinished">Aus %1 konnten keine Daten gerettet werden: %2</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes are not allowed.</source>
        <translation type="unfinished">Dieser Plan ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</translation>
    </message>
    <message>
        <source>You may view this plan but not change it: ask its owner to make you an editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is closed.</source>
        <translation type="unfinished">Der Plan ist geschlossen.</translation>
    </message>
    <message>
        <source>The item no longer exists in this plan.</source>
        <translation type="unfinished">Das Element existiert in diesem Plan nicht mehr.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation type="unfinished">Der Wert ist ungültig.</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters, at most %2 fit here.</source>
        <translation type="unfinished">Dieser Text ist zu lang: %1 Zeichen, hier passen höchstens %2.</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation type="unfinished">Unbekanntes Feld %1.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation type="unfinished">Dieses Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation type="unfinished">%1 ist keine Jahreszahl.</translation>
    </message>
    <message>
        <source>The year %1 is out of range (%2-%3).</source>
        <translation type="unfinished">Das Jahr %1 liegt außerhalb des zulässigen Bereichs (%2-%3).</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 ist kein Datum.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation type="unfinished">%1 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The value must be between %1 and %2.</source>
        <translation type="unfinished">Der Wert muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished">%1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished">Ein Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation type="unfinished">Der Betrag %1 ist zu groß.</translation>
    </message>
    <message>
        <source>%1 is not an allowed value here.</source>
        <translation type="unfinished">%1 ist hier kein zulässiger Wert.</translation>
    </message>
    <message>
        <source>Unknown code %1.</source>
        <translation type="unfinished">Unbekannter Code %1.</translation>
    </message>
    <message>
        <source>%1 is not a building block or fundamental condition (BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished">%1 ist kein Baustein und keine Grundvoraussetzung (BB1-BB6, FC1-FC3).</translation>
    </message>
    <message>
        <source>%1 is not an area of the framework (B1-B3, BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished">%1 ist kein Bereich des Rahmenwerks (B1-B3, BB1-BB6, FC1-FC3).</translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation type="unfinished">Der Planungszeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation type="unfinished">Das Enddatum (%1) liegt vor dem Startdatum (%2).</translation>
    </message>
    <message>
        <source>A draft plan has no approval date: choose another approval status first, or clear the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a language code.</source>
        <translation type="unfinished">%1 ist kein Sprachcode.</translation>
    </message>
    <message>
        <source>%1 is not a currency code (three letters, e.g. TRY).</source>
        <translation type="unfinished">%1 ist kein Währungscode (drei Buchstaben, z. B. TRY).</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation type="unfinished">%1 ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>This is not a row identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use yes or no here.</source>
        <translation type="unfinished">Verwenden Sie hier ja oder nein.</translation>
    </message>
    <message>
        <source>The workplan could not be written: %1</source>
        <translation type="unfinished">Der Arbeitsplan konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished">Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another folder.</source>
        <translation type="unfinished">In den Ordner %1 kann nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The file name %1 is too long for the file system of its drive (%2 bytes; at most %3). Choose a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or folder path of %1 is too long for this system. Choose a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space or choose another drive.</source>
        <translation type="unfinished">Der Datenträger ist voll, daher konnte %1 nicht geschrieben werden. Geben Sie Speicherplatz frei oder wählen Sie ein anderes Laufwerk.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is the plan being exported; the workplan must not replace it. Choose another name.</source>
        <translation type="unfinished">%1 ist der Plan, der exportiert wird; der Arbeitsplan darf ihn nicht ersetzen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket). Choose another name.</source>
        <translation type="unfinished">%1 ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket). Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx.</source>
        <translation type="unfinished">%1 ist der Name einer Plandatei (.lcplan), nicht einer Arbeitsmappe. Wählen Sie einen Namen, der auf .xlsx endet.</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx, or add --force to write the workbook there anyway.</source>
        <translation type="unfinished">%1 ist der Name einer Plandatei (.lcplan), nicht einer Arbeitsmappe. Wählen Sie einen Namen, der auf .xlsx endet, oder geben Sie --force an, um die Arbeitsmappe trotzdem dorthin zu schreiben.</translation>
    </message>
    <message>
        <source>%1 is not a workbook name: an Excel workbook&apos;s name ends in .xlsx. Choose a name ending in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a workbook name: an Excel workbook&apos;s name ends in .xlsx. Choose a name ending in .xlsx, or add --force to write the workbook under this name anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full where temporary files go (%1), so %2 could not be written. Free some space there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name.</source>
        <translation type="unfinished">%1 existiert bereits und ist keine Excel-Arbeitsmappe; die Datei wurde daher nicht verändert. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name, or add --force to replace it.</source>
        <translation type="unfinished">%1 existiert bereits und ist keine Excel-Arbeitsmappe; die Datei wurde daher nicht verändert. Wählen Sie einen anderen Namen oder geben Sie --force an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation type="unfinished">%1 ist ein Ordner, kein Dateiname.</translation>
    </message>
    <message>
        <source>%1 could not be written: the file is larger than the file size limit of this drive or account (file too large). Choose another drive, or ask your administrator to raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced: it may be open in Excel. Close it there and try again.</source>
        <translation type="unfinished">%1 kann nicht ersetzt werden: Die Datei ist möglicherweise in Excel geöffnet. Schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>it has a trigger, %1</source>
        <translation type="unfinished">sie enthält einen Trigger: %1</translation>
    </message>
    <message>
        <source>it has a view, %1</source>
        <translation type="unfinished">sie enthält eine Sicht (View): %1</translation>
    </message>
    <message>
        <source>it has an object LC Planner did not make, %1</source>
        <translation type="unfinished">sie enthält ein Objekt, das nicht von LC Planner stammt: %1</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished">die Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation type="unfinished">die Spalte %1 fehlt</translation>
    </message>
    <message>
        <source>it has a column LC Planner did not make, %1</source>
        <translation type="unfinished">sie enthält eine Spalte, die nicht von LC Planner stammt: %1</translation>
    </message>
    <message>
        <source>the definition of the table %1 was changed</source>
        <translation type="unfinished">die Definition der Tabelle %1 wurde verändert</translation>
    </message>
    <message>
        <source>the index %1 was changed or is missing</source>
        <translation type="unfinished">der Index %1 wurde verändert oder fehlt</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a whole number</source>
        <translation type="unfinished">%1 in Zeile %2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a date</source>
        <translation type="unfinished">%1 in Zeile %2 ist kein Datum</translation>
    </message>
    <message>
        <source>%1 in row %2 is not text</source>
        <translation type="unfinished">%1 in Zeile %2 ist kein Text</translation>
    </message>
    <message>
        <source>%1 in row %2 is too long</source>
        <translation type="unfinished">%1 in Zeile %2 ist zu lang</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a list of codes</source>
        <translation type="unfinished">%1 in Zeile %2 ist keine Liste von Codes</translation>
    </message>
    <message>
        <source>%1 in row %2 is not yes or no</source>
        <translation type="unfinished">%1 in Zeile %2 ist weder ja noch nein</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a text per language</source>
        <translation type="unfinished">%1 in Zeile %2 ist kein Text je Sprache</translation>
    </message>
    <message>
        <source>%1 in row %2 is not one of the values LC Planner knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a working copy of the plan (%1 MB) would be larger than the file size limit of this account (file too large). Ask your administrator to raise the limit.</source>
        <translation type="unfinished">eine Arbeitskopie des Plans (%1 MB) wäre größer als die Dateigrößenbegrenzung dieses Kontos (Datei zu groß). Bitten Sie Ihre Administration, die Grenze anzuheben.</translation>
    </message>
    <message>
        <source>the temporary folder %1 has no room for a working copy of the plan (%2 MB). Free some space there and try again.</source>
        <translation type="unfinished">im temporären Ordner %1 ist kein Platz für eine Arbeitskopie des Plans (%2 MB). Schaffen Sie dort Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>a working copy of the plan could not be made in the temporary folder %1: %2</source>
        <translation type="unfinished">im temporären Ordner %1 konnte keine Arbeitskopie des Plans angelegt werden: %2</translation>
    </message>
    <message>
        <source>the temporary folder %1 ran out of room while the plan was read. Free some space there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working copy of the plan in the temporary folder %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card cannot be merged with itself.</source>
        <translation type="unfinished">Eine Karte kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>%1 has already spent %2 dots: the budget cannot be lower.</source>
        <translation type="unfinished">%1 hat bereits %2 Punkte vergeben: Das Budget kann nicht niedriger sein.</translation>
    </message>
    <message>
        <source>%1 has no dots left: %2 of %3 are spent.</source>
        <translation type="unfinished">%1 hat keine Punkte mehr: %2 von %3 sind vergeben.</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation type="unfinished">Wählen Sie die Karten aus, die zu einer Maßnahme oder einem Ziel werden sollen.</translation>
    </message>
    <message>
        <source>The prompt code %1 is empty or listed twice.</source>
        <translation type="unfinished">Der Impulscode %1 ist leer oder doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The prompt %1 has no text.</source>
        <translation type="unfinished">Der Impuls %1 hat keinen Text.</translation>
    </message>
    <message>
        <source>The prompt file %1 cannot be loaded.</source>
        <translation type="unfinished">Die Impulsdatei %1 kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>The file %1 is too big for a prompt catalogue (%2 MB; at most %3 MB).</source>
        <translation type="unfinished">Die Datei %1 ist zu groß für einen Impulskatalog (%2 MB; höchstens %3 MB).</translation>
    </message>
    <message>
        <source>The file %1 is not a CSV file or an Excel workbook (.xlsx).</source>
        <translation type="unfinished">Die Datei %1 ist weder eine CSV-Datei noch eine Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <source>The file %1 is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and load it again.</source>
        <translation type="unfinished">Die Datei %1 ist eine alte Excel-Datei (.xls). Speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder als CSV UTF-8 und laden Sie sie erneut.</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged or is not an Excel workbook (%2).</source>
        <translation type="unfinished">Die Arbeitsmappe %1 ist beschädigt oder keine Excel-Arbeitsmappe (%2).</translation>
    </message>
    <message>
        <source>%1, row %2: the text is not UTF-8 (wrong encoding). Save the file as “CSV UTF-8” and load it again.</source>
        <translation type="unfinished">%1, Zeile %2: Der Text ist nicht UTF-8-kodiert (falsche Kodierung). Speichern Sie die Datei als „CSV UTF-8“ und laden Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is missing. A prompt catalogue needs the columns code, area and text_ with a language (text_en, text_tr, …).</source>
        <translation type="unfinished">%1, Zeile 1: Die Spalte %2 fehlt. Ein Impulskatalog braucht die Spalten code, area und text_ mit einer Sprache (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is there twice.</source>
        <translation type="unfinished">%1, Zeile 1: Die Spalte %2 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>%1, row 1, column %2: “%3” is not a language code (text_en, text_tr, …).</source>
        <translation type="unfinished">%1, Zeile 1, Spalte %2: „%3“ ist kein Sprachcode (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>%1 has no prompts under its first row.</source>
        <translation type="unfinished">%1 enthält unter der ersten Zeile keine Impulse.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; a prompt catalogue holds at most %2 prompts.</source>
        <translation type="unfinished">%1 hat mehr als %2 Zeilen; ein Impulskatalog fasst höchstens %2 Impulse.</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code is empty.</source>
        <translation type="unfinished">%1, Zeile %2, Spalte code: Der Code ist leer.</translation>
    </message>
    <message>
        <source>%1, row %2, column area: “%3” is not an area of the framework (B1–B3, BB1–BB6, FC1–FC3).</source>
        <translation type="unfinished">%1, Zeile %2, Spalte area: „%3“ ist kein Bereich des Rahmenwerks (B1–B3, BB1–BB6, FC1–FC3).</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code %3 is already used in row %4.</source>
        <translation type="unfinished">%1, Zeile %2, Spalte code: Der Code %3 wird bereits in Zeile %4 verwendet.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the prompt %4 has no text.</source>
        <translation type="unfinished">%1, Zeile %2, Spalte %3: Der Impuls %4 hat keinen Text.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell is too long (%4 characters; at most %5 fit).</source>
        <translation type="unfinished">%1, Zeile %2, Spalte %3: Die Zelle ist zu lang (%4 Zeichen; höchstens %5 passen hinein).</translation>
    </message>
    <message>
        <source>%1 is not a PDF file name. Choose a name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the plan being printed; the PDF must not replace it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not a PDF, so it was left as it is. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no objective with the code “%1” (write the objective&apos;s code, e.g. BB1-O1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither “%2” nor “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows under its headers; at most %1 actions can be imported at once. Split the file and import the parts one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cells %1 are merged. Unmerge them in the spreadsheet (each row needs its own cells) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is empty: it cannot be the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names the column %1, but the header row (row %2) has no such column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action has no building block or condition: choose one for it in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell is too long (%1 characters; at most %2 fit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action has one lead: %1 leads it, the others are added as partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a building block or condition: choose what it becomes in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status: choose what it becomes in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a funding source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a timeframe (for example 2026–2027, September 2026 – June 2027, 2026 Q3 – 2027 Q2 or 01.09.2026–30.06.2027).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a priority (a whole number from 1 to 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too big for an import mapping (%2 KB; at most %3 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an import mapping of LC Planner (not JSON text, line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an import mapping of LC Planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1 has format %2; this version of LC Planner reads format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1 has an unknown entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: %2 is not a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: the header row must be a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: %2 must be a list of texts and what each becomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: %2 has more than %3 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: an entry of %2 is too long (%3 characters; at most %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: the column %2 becomes %3, which is not a field LC Planner knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: %2 is not a building block or fundamental condition (BB1–BB6, FC1–FC3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: %2 is not a status LC Planner knows (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is chosen for two columns: %2 and %3. Choose it for one column only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: the field %2 is chosen for two columns, %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is chosen as the action&apos;s title; an action cannot be imported without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 was not exported by LC Planner (it has no round-trip record). A spreadsheet of your own comes in with a column mapping: File → Import Workbook asks for one; the command line takes --mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 was exported by a newer LC Planner (format %2). Update LC Planner to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round-trip record was altered here; export the plan again to get a workbook that can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 was exported from another plan (%2). Import its rows as new rows instead, or open the plan it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an Excel workbook; a CSV file comes in with a column mapping: File → Import Workbook asks for one; the command line takes --mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet is missing (renamed or deleted); give it back its name %1 and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” (the rows&apos; IDs) is missing; the rows cannot be matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cells %1 are merged; unmerge them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 rows; import at most %1 rows of a sheet at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ID is also in row %1: a copied row must have its ID cell emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ID of LC Planner; empty the cell for a new row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a formula without a saved result stands where a value is expected; type the value, or open and save the workbook in Excel or LibreOffice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new row needs a value in the column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no action with the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which fundamental condition the new action is under: an objective of FC1–FC3, or a code starting with FC1, FC2 or FC3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column shows what another sheet holds (partners on Partners, budget on Budget, indicators on Indicators); the edit here was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row was deleted from the plan after the export; its edits were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too big to import (%2 MB; at most %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook), save it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an Excel workbook (.xlsx) or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the text is not UTF-8 (wrong encoding). Save the file as “CSV UTF-8” and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (type it as 31.12.2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount (type it as 1.234,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is negative; an amount cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a building block or fundamental condition (BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an area of the framework (B1-B3, BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a copy of another plan (“%2”), not of this one; it was not merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot “%1” is damaged and cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot no longer exists in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 keeps no snapshot named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 has not begun: it cannot report progress yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measurement needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reporting period (a year such as 2027, or 2027-Q1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the objective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a budget line of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the milestone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measurement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">zugesagt</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guideline areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% erledigt</translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since you loaded it. Your change was not saved; you now see their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached or refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no LC Planner plans (no plan tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans on %1 were saved by an older LC Planner (schema version %2; this version writes %3). Someone who may change the database must upgrade it first: lcplanner upgrade-server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans on %1 were saved by a newer LC Planner (schema version %2; this version reads up to %3). Update LC Planner to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan %2 on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds several plans; name one by adding ?plan= and its UUID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1. Nothing more was changed; try again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no access to the plans on %1: ask their owner to make you a viewer or an editor (lcplanner grant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the plans (or an administrator) may give or take access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %2 is already on %1: open it there, or take it offline and merge your file back into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptModel</name>
    <message>
        <source>(not in the current prompts)</source>
        <translation type="unfinished">(nicht unter den aktuellen Impulsen)</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation type="unfinished">Der Bereich insgesamt</translation>
    </message>
    <message>
        <source>0 not in place, 1 emerging, 2 established, 3 advanced; Delete: not rated</source>
        <translation type="unfinished">0 nicht vorhanden, 1 im Aufbau, 2 etabliert, 3 fortgeschritten; Entf: nicht bewertet</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period: %1</source>
        <extracomment>%1 the period (&quot;2027&quot;, &quot;Q2 2027&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 the first day, %2 the last day of the period.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Übersicht</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Maßnahmen</translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget planned and spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Bereich</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Maßnahme</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Federführung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% abgeschlossen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indikator</translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Einheit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Jahr</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Finanzierungsquelle</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Summe</translation>
    </message>
    <message>
        <source>no update in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with LC Planner on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A value and the date it was measured, in a trend (&quot;120 (31.12.2026)&quot;).</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The report&apos;s title and the plan&apos;s (&quot;Progress report: Öğrenen Bolu 2026-2028&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Spent of planned (&quot;₺450,000 of ₺1,340,000&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An area&apos;s code and name (&quot;BB1 Education system&quot;).</extracomment>
        <translation type="unfinished">%1 %2</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>write the progress report of a reporting period (PDF or Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period: a year (2027) or a quarter (2027-Q2); default: today&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report to write: a .pdf or an .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the report (default: the plan&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reporting period: write a year (2027) or a quarter (2027-Q2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report is written as a .pdf or an .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the progress report for %1 (%n action(s)) to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report la&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF for the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 progress %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished">Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the progress report for %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress report could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>Cannot open the plan</source>
        <translation type="unfinished">Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Rescue Data copies what can still be read into a new plan file; this file is not changed.</source>
        <translation type="unfinished">„Daten retten“ kopiert alles, was noch lesbar ist, in eine neue Plandatei; diese Datei wird nicht verändert.</translation>
    </message>
    <message>
        <source>&amp;Rescue Data…</source>
        <translation type="unfinished">Daten &amp;retten…</translation>
    </message>
    <message>
        <source>%1 (rescued).lcplan</source>
        <translation type="unfinished">%1 (gerettet).lcplan</translation>
    </message>
    <message>
        <source>Save the rescued plan as</source>
        <translation type="unfinished">Geretteten Plan speichern unter</translation>
    </message>
    <message>
        <source>Cannot rescue the plan</source>
        <translation type="unfinished">Plan kann nicht gerettet werden</translation>
    </message>
    <message>
        <source>Plan rescued</source>
        <translation type="unfinished">Plan gerettet</translation>
    </message>
</context>
<context>
    <name>RescueSummary</name>
    <message numerus="yes">
        <source>%n row(s) were carried into the new plan.</source>
        <translation type="unfinished">
            <numerusform>%n Zeile wurde in den neuen Plan übernommen.</numerusform>
            <numerusform>%n Zeilen wurden in den neuen Plan übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read or broke the plan&apos;s rules and were left behind.</source>
        <translation type="unfinished">
            <numerusform>%n Zeile konnte nicht gelesen werden oder verstieß gegen die Regeln des Plans und wurde zurückgelassen.</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden oder verstießen gegen die Regeln des Plans und wurden zurückgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the wrong kind were cleared.</source>
        <translation type="unfinished">
            <numerusform>%n Wert vom falschen Typ wurde geleert.</numerusform>
            <numerusform>%n Werte vom falschen Typ wurden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roof</name>
    <message>
        <source>The benefits of a learning city: outcomes that objectives aim at</source>
        <translation type="unfinished">Der Nutzen einer Lernenden Stadt: Wirkungen, auf die die Ziele ausgerichtet sind</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">Bestandsaufnahme: %1</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <source>copy a plan file&apos;s plan to a PostgreSQL server, for the city team to edit together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a plan file copy of a server plan for a workshop without network; merge it back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the plans of a server database saved by an older LC Planner (everyone&apos;s windows on it must be closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a server user view or edit the plan (PostgreSQL roles; run by the plan&apos;s owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a server user&apos;s access to the plan away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 of “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has access to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1, a copy of %2 to take offline; merge it back with: lcplanner merge URL FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 to schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost (%1). Trying again; edits cannot be saved until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server again; the plan was read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds several plans. Open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Server Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the Server Database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

LC Planner can upgrade it now, in one step. Everyone else should close the plans of this database first: an older LC Planner cannot open them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotViewer</name>
    <message>
        <source>Snapshot “%1” of %2 [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot keeps the whole plan as it is at one moment, inside the plan file: a version the council approved, a workshop&apos;s draft. The plan itself is not changed by taking or deleting one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as a &amp;Plan File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare T&amp;wo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">S&amp;chließen</translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base of a group copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base of this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s)? The plan itself is not changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>Manage closely</source>
        <translation type="unfinished">Eng einbinden</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation type="unfinished">Zufriedenstellen</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation type="unfinished">Informiert halten</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished">Beobachten</translation>
    </message>
    <message>
        <source>Influence and interest grid</source>
        <translation type="unfinished">Einfluss-Interesse-Raster</translation>
    </message>
    <message>
        <source>Drag an organisation to place it. Keyboard: Up/Down choose, Alt+arrow keys move it by one step.</source>
        <translation type="unfinished">Ziehen Sie eine Organisation, um sie zu platzieren. Tastatur: Oben/Unten wählt aus, Alt+Pfeiltasten verschieben sie um einen Schritt.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Interest: low to high (1–5) →</source>
        <comment>axis under the grid; the arrow points the way interest grows (right to left in a right-to-left language)</comment>
        <translation type="unfinished">Interesse: niedrig bis hoch (1–5) →</translation>
    </message>
    <message>
        <source>Influence: low to high (1–5) →</source>
        <comment>axis beside the grid, written upwards; the arrow points up</comment>
        <translation type="unfinished">Einfluss: niedrig bis hoch (1–5) →</translation>
    </message>
    <message>
        <source>%1: influence %2, interest %3</source>
        <translation type="unfinished">%1: Einfluss %2, Interesse %3</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <source>Present at %1 (Space ticks)</source>
        <translation type="unfinished">Anwesend bei %1 (Leertaste hakt an)</translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished">anwesend</translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished">abwesend</translation>
    </message>
    <message>
        <source>The register&apos;s sector; choose it on the Organisations page.</source>
        <translation type="unfinished">Der Sektor aus dem Organisationsverzeichnis; wählen Sie ihn auf der Seite Organisationen.</translation>
    </message>
</context>
<context>
    <name>StakeholderTable</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sektor</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished">Einfluss</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">Interesse</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>&lt;h2&gt;Stakeholders&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Akteure&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished">Akteure</translation>
    </message>
    <message>
        <source>New stakeholder: type an organisation and press Enter</source>
        <translation type="unfinished">Neuer Akteur: Organisation eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation type="unfinished">Neuer Akteur</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell, Space ticks a workshop, Delete removes; Alt+arrow keys move the selected one on the grid.</source>
        <translation type="unfinished">F2 oder Tippen bearbeitet eine Zelle, die Leertaste hakt einen Workshop an, Entf entfernt; Alt+Pfeiltasten verschieben den ausgewählten Akteur im Raster.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshops&lt;/b&gt; (a tick column each; Delete removes one)</source>
        <translation type="unfinished">&lt;b&gt;Workshops&lt;/b&gt; (je eine Spalte zum Abhaken; Entf entfernt einen)</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished">Workshops</translation>
    </message>
    <message>
        <source>New workshop: its name, then Enter</source>
        <translation type="unfinished">Neuer Workshop: Name, dann Enter</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished">Neuer Workshop</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation type="unfinished">Datum des Workshops</translation>
    </message>
    <message>
        <source>Add &amp;workshop</source>
        <translation type="unfinished">&amp;Workshop hinzufügen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>A stakeholder is an organisation: type its name.</source>
        <translation type="unfinished">Ein Akteur ist eine Organisation: Geben Sie ihren Namen ein.</translation>
    </message>
    <message>
        <source>Change the stakeholder&apos;s organisation</source>
        <translation type="unfinished">Organisation des Akteurs ändern</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation type="unfinished">
            <numerusform>%n Akteur löschen</numerusform>
            <numerusform>%n Akteure löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stakeholder(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n Akteur gelöscht. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Akteure gelöscht. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2, or leave it empty.</source>
        <translation type="unfinished">„%1“ ist kein Datum. Schreiben Sie es wie %2 oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Deleted the workshop and who was present at it. Undo with Ctrl+Z.</source>
        <translation type="unfinished">Workshop samt Anwesenheitsliste gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished">nicht bewertet</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>&lt;h2&gt;Stock-take&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Bestandsaufnahme&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Load &amp;prompts…</source>
        <translation type="unfinished">Impulse &amp;laden…</translation>
    </message>
    <message>
        <source>Use a city&apos;s own prompts, or the official key features: a CSV or Excel (.xlsx) file with the columns code, area and one text_ column per language (text_en, text_tr, …).</source>
        <translation type="unfinished">Eigene Impulse der Stadt oder die offiziellen Schlüsselmerkmale verwenden: eine CSV- oder Excel-Datei (.xlsx) mit den Spalten code, area und je einer Spalte text_ pro Sprache (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>Prompts and ratings</source>
        <translation type="unfinished">Impulse und Bewertungen</translation>
    </message>
    <message>
        <source>Initiatives that exist</source>
        <translation type="unfinished">Bestehende Initiativen</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation type="unfinished">Neue Initiative</translation>
    </message>
    <message>
        <source>&lt;b&gt;Initiatives that already exist&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Bereits bestehende Initiativen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 · %2&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;%1 · %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Start here: rate the areas, and those rated low are listed here.</source>
        <translation type="unfinished">Hier beginnen: Bewerten Sie die Bereiche; die niedrig bewerteten werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>No area is rated below established.</source>
        <translation type="unfinished">Kein Bereich ist niedriger als „etabliert“ bewertet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>area code (level)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Start here: %1</source>
        <translation type="unfinished">Hier beginnen: %1</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation type="unfinished">Der Bereich insgesamt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>New initiative for %1: type its title and press Enter</source>
        <translation type="unfinished">Neue Initiative für %1: Titel eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>New initiative for the area as a whole: type its title and press Enter</source>
        <translation type="unfinished">Neue Initiative für den Bereich insgesamt: Titel eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Set who runs the initiative</source>
        <translation type="unfinished">Träger der Initiative festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n initiative(s)</source>
        <translation type="unfinished">
            <numerusform>%n Initiative löschen</numerusform>
            <numerusform>%n Initiativen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished">Impulse laden</translation>
    </message>
    <message>
        <source>Prompt catalogues (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished">Impulskataloge (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n prompt(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n Impuls geladen. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Impulse geladen. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StocktakeTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">Impuls</translation>
    </message>
    <message>
        <source>Rating (keys 0–3)</source>
        <translation type="unfinished">Bewertung (Tasten 0–3)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Belege</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Measured on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dates yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Bereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline on landscape pages, for the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a bar to move it, its ends to stretch it. Keys: arrows select; Shift+Left/Right moves; Ctrl+Shift moves the end, Alt+Shift the start; + and - zoom; Enter opens the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Timeline&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action with the arrow keys or the mouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline could not be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>&amp;Snapshots…</source>
        <translation type="unfinished">Moment&amp;aufnahmen…</translation>
    </message>
    <message>
        <source>Compare &amp;with a Plan File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a &amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge a Group&apos;s Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LC Planner plans (%1)</source>
        <translation type="unfinished">LC-Planner-Pläne (%1)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished">Kopie speichern unter</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished">%1 (Kopie)</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation type="unfinished">Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished">Kopie gespeichert als %1</translation>
    </message>
    <message>
        <source>Take a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot “%1” taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”? The plan itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the snapshot as a new plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is now the plan file %1. Open it in place of this plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a group saved as %1; this moment is kept as the snapshot “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a group&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to merge: the plan already holds everything of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the snapshot “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1, the plan and their common base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1. The plan as it was before is kept as the snapshot “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">Nicht begonnen</translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished">Im Plan</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished">Verzögert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation type="unfinished">Kommunalverwaltung</translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished">Nationale Regierung</translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished">Bildung</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished">Zivilgesellschaft</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished">Privatwirtschaft</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">Medien</translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished">International</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished">Lokale Gemeinschaft</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished">Geldgeber</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation type="unfinished">Umsetzer</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished">Berater</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation type="unfinished">Kommunal</translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished">National</translation>
    </message>
    <message>
        <source>EU / international</source>
        <translation type="unfinished">EU / international</translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished">Privat</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished">Sachleistung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Sonstige</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished">Quote</translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished">Anzahl</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Budget</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished">Ja / nein</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation type="unfinished">Qualitativ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-ordinating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in place</source>
        <extracomment>The stock-take&apos;s four steps, stored as 0-3 in a rating (one place: pages, overview, export).</extracomment>
        <translation type="unfinished">Nicht vorhanden</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation type="unfinished">Im Aufbau</translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished">Etabliert</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished">Fortgeschritten</translation>
    </message>
    <message>
        <source>Quick win</source>
        <extracomment>The quadrants of the impact-effort board (IdeaRow.quadrant).</extracomment>
        <translation type="unfinished">Schneller Erfolg</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation type="unfinished">Großprojekt</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation type="unfinished">Lückenfüller</translation>
    </message>
    <message>
        <source>Thankless task</source>
        <translation type="unfinished">Undankbare Aufgabe</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;Planer für Lernende Städte&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Build your learning city&apos;s action plan, building block by building block. Every change is saved at once.</source>
        <translation type="unfinished">Erstellen Sie den Aktionsplan Ihrer Lernenden Stadt, Baustein für Baustein. Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished">&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished">Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation type="unfinished">B&amp;eispielplan öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation type="unfinished">&amp;Zuletzt verwendete Pläne:</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished">Zuletzt verwendete Pläne</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>Import Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks and CSV files (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Import its rows into this plan as new rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is open read-only, so nothing can be imported into it. Open it again when no other window or program is editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. The plan before the import was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopTimer</name>
    <message>
        <source>Time is up</source>
        <translation type="unfinished">Die Zeit ist um</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">Angehalten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Fortsetzen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Beginn</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation type="unfinished">Workshop-Timer</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished">Verbleibende Zeit</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation type="unfinished">−1 Min.</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation type="unfinished">Eine Minute weniger</translation>
    </message>
    <message>
        <source>One minute less (- or Down)</source>
        <translation type="unfinished">Eine Minute weniger (- oder Unten)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished">+1 Min.</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation type="unfinished">Eine Minute mehr</translation>
    </message>
    <message>
        <source>One minute more (+ or Up)</source>
        <translation type="unfinished">Eine Minute mehr (+ oder Oben)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation type="unfinished">Timer zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the round&apos;s length (R or Backspace)</source>
        <translation type="unfinished">Zurück auf die Länge der Runde (R oder Rücktaste)</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation type="unfinished">Starten oder anhalten</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation type="unfinished">Starten oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Round (minutes):</source>
        <translation type="unfinished">Runde (Minuten):</translation>
    </message>
    <message>
        <source>Round length in minutes</source>
        <translation type="unfinished">Länge der Runde in Minuten</translation>
    </message>
</context>
<context>
    <name>_TableBox</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>Workplan exported</source>
        <translation type="unfinished">Arbeitsplan exportiert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">Export fehlgeschlagen</translation>
    </message>
</context>
</TS>
