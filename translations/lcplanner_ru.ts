<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ActionEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished">&amp;Цель:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Choose another building block or condition to move the action there (Ctrl+Shift+M in the table)</source>
        <translation type="unfinished">Выберите другой строительный блок или условие, чтобы переместить туда мероприятие (Ctrl+Shift+M в таблице)</translation>
    </message>
    <message>
        <source>Building block or condition:</source>
        <translation type="unfinished">Строительный блок или условие:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation type="unfinished">&amp;Описание:</translation>
    </message>
    <message>
        <source>Target group&amp;s:</source>
        <translation type="unfinished">Целевые &amp;группы:</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation type="unfinished">Выберите организацию или введите название новой</translation>
    </message>
    <message>
        <source>Le&amp;ad:</source>
        <translation type="unfinished">Ответственны&amp;й:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation type="unfinished">Партнер&amp;ы:</translation>
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
        <translation type="unfinished">Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Дата окончания</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished">Срок&amp;и:</translation>
    </message>
    <message>
        <source>1 = highest priority, 5 = lowest</source>
        <translation type="unfinished">1 = наивысший приоритет, 5 = самый низкий</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Приоритет</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished">Выполнение</translation>
    </message>
    <message>
        <source>Status, priorit&amp;y, complete:</source>
        <translation type="unfinished">Ста&amp;тус, приоритет, выполнение:</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">Ключевые характеристики</translation>
    </message>
    <message>
        <source>&amp;Key features:</source>
        <translation type="unfinished">&amp;Ключевые характеристики:</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">Области действий</translation>
    </message>
    <message>
        <source>G&amp;uideline areas:</source>
        <translation type="unfinished">Обл&amp;асти действий:</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished">&amp;Бюджет:</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation type="unfinished">Показате&amp;ли:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Risks:</source>
        <translation type="unfinished">&amp;Риски:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an action to edit it here.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;Выберите мероприятие, чтобы редактировать его здесь.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(без цели)</translation>
    </message>
    <message numerus="yes">
        <source>From the idea “%1” (%n dot(s))</source>
        <translation type="unfinished">
            <numerusform>Из идеи «%1» (%n точка)</numerusform>
            <numerusform>Из идеи «%1» (%n точки)</numerusform>
            <numerusform>Из идеи «%1» (%n точек)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Мероприятие</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation type="unfinished">Ответственный</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Окончание</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Бюджет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Приоритет</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% выполнения</translation>
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
            <numerusform>%n цель</numerusform>
            <numerusform>%n цели</numerusform>
            <numerusform>%n целей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation type="unfinished">
            <numerusform>⚠ %n пробел</numerusform>
            <numerusform>⚠ %n пробела</numerusform>
            <numerusform>⚠ %n пробелов</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">Оценка состояния: %1</translation>
    </message>
    <message>
        <source>%1
Budget: %2</source>
        <translation type="unfinished">%1
Бюджет: %2</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Цели</translation>
    </message>
    <message>
        <source>F2 renames, Alt+Up/Down reorders, Ctrl+Shift+M moves the objective and its actions to another area</source>
        <translation type="unfinished">F2 — переименовать, Alt+Вверх/Вниз — изменить порядок, Ctrl+Shift+M — переместить цель вместе с её мероприятиями в другое направление</translation>
    </message>
    <message>
        <source>Objectives (new actions go under the selected one):</source>
        <translation type="unfinished">Цели (новые мероприятия добавляются к выбранной цели):</translation>
    </message>
    <message>
        <source>New objective: type it and press Enter</source>
        <translation type="unfinished">Новая цель: введите текст и нажмите Enter</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation type="unfinished">Новая цель</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished">Удалить цель</translation>
    </message>
    <message>
        <source>Filter this area&apos;s actions (Ctrl+F: the whole plan)</source>
        <translation type="unfinished">Фильтр мероприятий этого направления (Ctrl+F: весь план)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Поиск</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">Фильтр по статусу</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">Все статусы</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Мероприятия</translation>
    </message>
    <message>
        <source>Quick add action</source>
        <translation type="unfinished">Быстрое добавление мероприятия</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;%1 %2&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n action(s))</source>
        <translation type="unfinished">
            <numerusform>%1  %2 (%n мероприятие)</numerusform>
            <numerusform>%1  %2 (%n мероприятия)</numerusform>
            <numerusform>%1  %2 (%n мероприятий)</numerusform>
        </translation>
    </message>
    <message>
        <source>New action under %1: type its title and press Enter</source>
        <translation type="unfinished">Новое мероприятие в %1: введите название и нажмите Enter</translation>
    </message>
    <message>
        <source>New action (no objective): type its title and press Enter</source>
        <translation type="unfinished">Новое мероприятие (без цели): введите название и нажмите Enter</translation>
    </message>
    <message>
        <source>Added %1. Type the next action, or press Tab to edit it.</source>
        <translation type="unfinished">Добавлено: %1. Введите следующее мероприятие или нажмите Tab, чтобы отредактировать это.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n action(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Удалено %n мероприятие. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>Удалено %n мероприятия. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>Удалено %n мероприятий. Отменить можно с помощью Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search and the sorting to reorder actions.</source>
        <translation type="unfinished">Чтобы изменить порядок мероприятий, очистите поиск и отмените сортировку.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2.</source>
        <translation type="unfinished">«%1» не является датой. Введите её как %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished">Переместить цель</translation>
    </message>
    <message>
        <source>Move %1 and its actions to:</source>
        <translation type="unfinished">Переместить цель %1 вместе с её мероприятиями в:</translation>
    </message>
    <message>
        <source>Moved %1 with its actions to %2. Undo with Ctrl+Z.</source>
        <translation type="unfinished">Цель %1 вместе с её мероприятиями перемещена в %2. Отменить можно с помощью Ctrl+Z.</translation>
    </message>
    <message>
        <source>Move actions</source>
        <translation type="unfinished">Переместить мероприятия</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to:</source>
        <translation type="unfinished">
            <numerusform>Переместить %n мероприятие в:</numerusform>
            <numerusform>Переместить %n мероприятия в:</numerusform>
            <numerusform>Переместить %n мероприятий в:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n action(s) to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Перемещено %n мероприятие в %1. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>Перемещено %n мероприятия в %1. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>Перемещено %n мероприятий в %1. Отменить можно с помощью Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective %1 with its %n action(s)? Ctrl+Z brings them back.</source>
        <translation type="unfinished">
            <numerusform>Удалить цель %1 вместе с %n мероприятием? Ctrl+Z вернёт их.</numerusform>
            <numerusform>Удалить цель %1 вместе с %n мероприятиями? Ctrl+Z вернёт их.</numerusform>
            <numerusform>Удалить цель %1 вместе с %n мероприятиями? Ctrl+Z вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the objective with its actions. Undo with Ctrl+Z.</source>
        <translation type="unfinished">Цель удалена вместе с ее мероприятиями. Отменить можно с помощью Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>AreaStrip</name>
    <message>
        <source>Area</source>
        <translation type="unfinished">Направление</translation>
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
        <translation type="unfinished">Карточки, ещё не размещённые на матрице</translation>
    </message>
    <message>
        <source>Not on the board &amp;yet:</source>
        <translation type="unfinished">Ещё не на мат&amp;рице:</translation>
    </message>
</context>
<context>
    <name>BudgetBox</name>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished">Статьи бюджета</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished">Добавить статью бюджета</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished">Итого: %1</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">подтверждено</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">ожидается</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation type="unfinished">%1 не является суммой.</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <source>Year</source>
        <translation type="unfinished">Год</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Сумма</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Источник финансирования</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished">Подтверждено</translation>
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
            <numerusform>%n карточка</numerusform>
            <numerusform>%n карточки</numerusform>
            <numerusform>%n карточек</numerusform>
        </translation>
    </message>
    <message>
        <source>Card text</source>
        <translation type="unfinished">Текст карточки</translation>
    </message>
    <message>
        <source>Enter saves, Shift+Enter starts a new line, Escape cancels</source>
        <translation type="unfinished">Enter — сохранить, Shift+Enter — новая строка, Esc — отмена</translation>
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
        <translation type="unfinished">использование:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished">позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished">параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished">показать эту справку и выйти</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation type="unfinished">показать номер версии программы и выйти</translation>
    </message>
    <message>
        <source>LC Planner: learning-city action plans for UNESCO GNLC workshops.</source>
        <translation type="unfinished">LC Planner: планы действий обучающихся городов для семинаров Глобальной сети обучающихся городов ЮНЕСКО (GNLC).</translation>
    </message>
    <message>
        <source>plan file (.lcplan) to open in the window</source>
        <translation type="unfinished">файл плана (.lcplan), который нужно открыть в окне</translation>
    </message>
    <message>
        <source>open a fresh copy of the demo plan</source>
        <translation type="unfinished">открыть новую копию демонстрационного плана</translation>
    </message>
    <message>
        <source>open the plan read-only</source>
        <translation type="unfinished">открыть план только для чтения</translation>
    </message>
    <message>
        <source>language of the user interface (e.g. tr, en)</source>
        <translation type="unfinished">язык интерфейса (например, tr, en)</translation>
    </message>
    <message>
        <source>preview the .ts files in DIR (a translator&apos;s working copy) without rebuilding</source>
        <translation type="unfinished">просмотреть файлы .ts из DIR (рабочая копия переводчика) без пересборки</translation>
    </message>
    <message>
        <source>create an empty plan file</source>
        <translation type="unfinished">создать пустой файл плана</translation>
    </message>
    <message>
        <source>city name</source>
        <translation type="unfinished">название города</translation>
    </message>
    <message>
        <source>plan title (default: the city name)</source>
        <translation type="unfinished">название плана (по умолчанию: название города)</translation>
    </message>
    <message>
        <source>plan language (default: tr)</source>
        <translation type="unfinished">язык плана (по умолчанию: tr)</translation>
    </message>
    <message>
        <source>first year of the plan period</source>
        <translation type="unfinished">первый год периода плана</translation>
    </message>
    <message>
        <source>last year of the plan period</source>
        <translation type="unfinished">последний год периода плана</translation>
    </message>
    <message>
        <source>currency code (default: TRY)</source>
        <translation type="unfinished">код валюты (по умолчанию: TRY)</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation type="unfinished">заменить существующий файл</translation>
    </message>
    <message>
        <source>create the demo plan file</source>
        <translation type="unfinished">создать файл демонстрационного плана</translation>
    </message>
    <message>
        <source>language of the demo</source>
        <translation type="unfinished">язык демонстрационного плана</translation>
    </message>
    <message>
        <source>show plan properties and the per-area summary</source>
        <translation type="unfinished">показать свойства плана и сводку по направлениям</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished">вывести в формате JSON</translation>
    </message>
    <message>
        <source>check integrity and validity</source>
        <translation type="unfinished">проверить целостность и корректность</translation>
    </message>
    <message>
        <source>warnings also fail the check</source>
        <translation type="unfinished">считать предупреждения ошибками проверки</translation>
    </message>
    <message>
        <source>carry the readable data of a damaged or altered plan into a new, clean plan</source>
        <translation type="unfinished">перенести читаемые данные поврежденного или измененного плана в новый чистый план</translation>
    </message>
    <message>
        <source>the new plan file (.lcplan)</source>
        <translation type="unfinished">новый файл плана (.lcplan)</translation>
    </message>
    <message>
        <source>write the Excel workplan</source>
        <translation type="unfinished">записать рабочий план Excel</translation>
    </message>
    <message>
        <source>the workbook to write (.xlsx)</source>
        <translation type="unfinished">книга Excel для записи (.xlsx)</translation>
    </message>
    <message>
        <source>language of the workbook (default: the plan&apos;s language)</source>
        <translation type="unfinished">язык книги (по умолчанию: язык плана)</translation>
    </message>
    <message>
        <source>lcplanner: error: %1</source>
        <translation type="unfinished">lcplanner: ошибка: %1</translation>
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
        <translation type="unfinished">Команды (справка по каждой: lcplanner COMMAND --help):
  new FILE --city NAME   создать пустой план
  demo FILE              создать демонстрационный план
  info FILE [--json]     свойства плана и сводка по направлениям
  check FILE             отчет о целостности и корректности
  export FILE -o X.xlsx  записать рабочий план Excel
  pdf FILE -o X.pdf      печатает план (или плакат с храмом) в PDF
  rescue FILE -o NEW     перенести данные поврежденного плана в новый план</translation>
    </message>
    <message>
        <source>replace the output even if it is a plan file (.lcplan) or not a workbook, or write it under a name that does not end in .xlsx</source>
        <translation type="unfinished">заменяет вывод, даже если это файл плана (.lcplan) или не рабочая книга, либо пишет его под именем без окончания .xlsx</translation>
    </message>
    <message>
        <source>include contact persons&apos; phones and e-mails (left out by default: they are personal data)</source>
        <translation type="unfinished">включает телефоны и адреса эл. почты контактных лиц (по умолчанию не включаются: это персональные данные)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished">Создано: %1</translation>
    </message>
    <message>
        <source>Created the demo plan %1</source>
        <translation type="unfinished">Создан демонстрационный план %1</translation>
    </message>
    <message>
        <source>%1
%2, %3, %4-%5, %6, language %7</source>
        <translation type="unfinished">%1
%2, %3, %4-%5, %6, язык %7</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation type="unfinished">Организации: %1</translation>
    </message>
    <message>
        <source>%1 %2: objectives %3, actions %4, budget %5 %6, gaps %7</source>
        <translation type="unfinished">%1 %2: цели: %3, мероприятия: %4, бюджет: %5 %6, пробелы: %7</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished">ошибка: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished">предупреждение: %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished">ошибок: %1, предупреждений: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rescued %n row(s) into %1.</source>
        <translation type="unfinished">
            <numerusform>Восстановлена %n строка в %1.</numerusform>
            <numerusform>Восстановлено %n строки в %1.</numerusform>
            <numerusform>Восстановлено %n строк в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left behind %n row(s) that could not be read or broke the plan&apos;s rules.</source>
        <translation type="unfinished">
            <numerusform>Не перенесена %n строка (не читается или нарушает правила плана).</numerusform>
            <numerusform>Не перенесено %n строки (не читаются или нарушают правила плана).</numerusform>
            <numerusform>Не перенесено %n строк (не читаются или нарушают правила плана).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n value(s) of the wrong kind.</source>
        <translation type="unfinished">
            <numerusform>Очищено %n значение неверного типа.</numerusform>
            <numerusform>Очищено %n значения неверного типа.</numerusform>
            <numerusform>Очищено %n значений неверного типа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>Экспортировано %n мероприятие в %1.</numerusform>
            <numerusform>Экспортировано %n мероприятия в %1.</numerusform>
            <numerusform>Экспортировано %n мероприятий в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation type="unfinished">
            <numerusform>Удален %n символ, который нельзя сохранить в книге Excel (управляющий символ).</numerusform>
            <numerusform>Удалено %n символа, которые нельзя сохранить в книге Excel (управляющие символы).</numerusform>
            <numerusform>Удалено %n символов, которые нельзя сохранить в книге Excel (управляющие символы).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n text(s) longer than Excel&apos;s 32,767 characters per cell.</source>
        <translation type="unfinished">
            <numerusform>Обрезан %n текст длиннее 32 767 символов (предел ячейки Excel).</numerusform>
            <numerusform>Обрезано %n текста длиннее 32 767 символов (предел ячейки Excel).</numerusform>
            <numerusform>Обрезано %n текстов длиннее 32 767 символов (предел ячейки Excel).</numerusform>
        </translation>
    </message>
    <message>
        <source>The name had no extension, so .xlsx was added to it.</source>
        <translation type="unfinished">У имени не было расширения, поэтому добавлено .xlsx.</translation>
    </message>
    <message>
        <source>The disk is full, so the command&apos;s output could not be written.</source>
        <translation type="unfinished">Диск заполнен, поэтому вывод команды не удалось записать.</translation>
    </message>
    <message>
        <source>The command&apos;s output could not be written: %1</source>
        <translation type="unfinished">Не удалось записать вывод команды: %1</translation>
    </message>
    <message>
        <source>lcplanner: cannot compile the translations in %1: %2</source>
        <translation type="unfinished">lcplanner: не удается скомпилировать переводы в %1: %2</translation>
    </message>
    <message>
        <source>lcplanner: no lcplanner_*.ts files in %1</source>
        <translation type="unfinished">lcplanner: в %1 нет файлов lcplanner_*.ts</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation type="unfinished">изменение свойств плана</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished">добавление организации</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished">изменение организации</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished">удаление организации</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished">объединение организаций</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation type="unfinished">добавление цели</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation type="unfinished">изменение цели</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished">удаление цели</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished">перемещение цели</translation>
    </message>
    <message>
        <source>Move objective to another area</source>
        <translation type="unfinished">перемещение цели в другое направление</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished">добавление мероприятия</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished">изменение мероприятия</translation>
    </message>
    <message>
        <source>Set lead</source>
        <translation type="unfinished">назначение ответственного</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation type="unfinished">
            <numerusform>удаление %n мероприятия</numerusform>
            <numerusform>удаление %n мероприятий</numerusform>
            <numerusform>удаление %n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Move action</source>
        <translation type="unfinished">перемещение мероприятия</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to another area</source>
        <translation type="unfinished">
            <numerusform>перемещение %n мероприятия в другое направление</numerusform>
            <numerusform>перемещение %n мероприятий в другое направление</numerusform>
            <numerusform>перемещение %n мероприятий в другое направление</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit partners</source>
        <translation type="unfinished">изменение партнеров</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished">добавление статьи бюджета</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation type="unfinished">изменение статьи бюджета</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation type="unfinished">удаление статьи бюджета</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">добавление показателя</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished">изменение показателя</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation type="unfinished">удаление показателя</translation>
    </message>
    <message>
        <source>Add workshop</source>
        <translation type="unfinished">добавление семинара</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation type="unfinished">изменение семинара</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation type="unfinished">удаление семинара</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation type="unfinished">добавление заинтересованной стороны</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation type="unfinished">изменение заинтересованной стороны</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation type="unfinished">удаление заинтересованной стороны</translation>
    </message>
    <message>
        <source>Mark who was present</source>
        <translation type="unfinished">отметка присутствующих</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished">оценка %1</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation type="unfinished">добавление инициативы</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation type="unfinished">изменение инициативы</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation type="unfinished">удаление инициативы</translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished">загрузка подсказок</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished">добавление карточки</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation type="unfinished">изменение карточки</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation type="unfinished">перемещение карточки</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation type="unfinished">удаление карточки</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation type="unfinished">объединение карточек</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">добавление группы</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished">голосование</translation>
    </message>
    <message>
        <source>Turn cards into an action</source>
        <translation type="unfinished">превращение карточек в мероприятие</translation>
    </message>
    <message>
        <source>Turn cards into an objective</source>
        <translation type="unfinished">превращение карточек в цель</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No differences: both hold the same rows and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Закрыть</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not kept: LC Planner asks for it each time. The connection is encrypted whenever the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;st Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">%1: непредвиденная ошибка</translation>
    </message>
    <message>
        <source>%1 ran into an unexpected problem. Your plan is safe: every change was saved when you made it. Please send the details below to whoever supports %1.</source>
        <translation type="unfinished">В %1 возникла непредвиденная ошибка. Ваш план в безопасности: каждое изменение сохранялось сразу же. Отправьте, пожалуйста, приведенные ниже сведения тому, кто занимается поддержкой %1.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished">Сведения об ошибке</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished">&amp;Копировать сведения</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished">Копировать сведения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Закрыть</translation>
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
        <translation type="unfinished">Показатель</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Базовое значение</translation>
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
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Мероприятие</translation>
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
        <translation type="unfinished">Пе&amp;риод:</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s): %2 on track, %3 delayed, %4 not started, %5 done, %6 cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No update for %1: %n action(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished">напр. %1</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished">Выбрать в календаре (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished">Календарь: %1</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished">Очистить дату</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished">Очистить поле «%1»</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1, or leave it empty; Escape puts the saved date back.</source>
        <translation type="unfinished">Это не дата. Введите её как %1 или оставьте поле пустым; Esc вернёт сохранённую дату.</translation>
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
        <translation type="unfinished">Мероприятие</translation>
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
        <translation type="unfinished">Автор</translation>
    </message>
    <message>
        <source>Dots to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Город</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Страна</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Выполнено</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished">Точки</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished">Усилия</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Обоснование</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Группа</translation>
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
        <translation type="unfinished">Эффект</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Показатель</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished">Влияние</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">Интерес</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Оценка</translation>
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
        <translation type="unfinished">Примечание</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Заметки</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">Цель</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished">Организатор</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% выполнения</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Последний год</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">Первый год</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Представитель</translation>
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
        <translation type="unfinished">Подсказка</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">Охват</translation>
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
        <translation type="unfinished">Статус</translation>
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
        <translation type="unfinished">Видение</translation>
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
        <translation type="unfinished">Направление</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Тип</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cover</source>
        <translation type="unfinished">Титульный лист</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Сводка</translation>
    </message>
    <message>
        <source>Fundamental conditions</source>
        <translation type="unfinished">Основополагающие условия</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">График выполнения</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Показатели</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Бюджет</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Организации</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation type="unfinished">Оценка состояния</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished">Идеи</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Страна</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">Видение</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation type="unfinished">Период плана</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation type="unfinished">Количество мероприятий</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished">Общий бюджет</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished">Рамочная основа</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">Ключевые характеристики</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">Цель</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Мероприятие</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Описание</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">Целевые группы</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.
----------
In the responsibilities matrix: the organisation leads the action.</extracomment>
        <translation type="unfinished">Ответственный</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation type="unfinished">Партнеры (роль)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Окончание</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation type="unfinished">Бюджет, итого</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">Источники финансирования</translation>
    </message>
    <message>
        <source>Indicators (baseline → target)</source>
        <translation type="unfinished">Показатели (базовое → целевое значение)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% выполнения</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Приоритет</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Заметки</translation>
    </message>
    <message>
        <source>ID (do not edit)</source>
        <translation type="unfinished">ID (не изменять)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Направление</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Цели</translation>
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
        <translation type="unfinished">Партнеры</translation>
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
        <translation type="unfinished">Области действий</translation>
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
        <translation type="unfinished">Мероприятия</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished">Бюджет %1</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation type="unfinished">Мероприятия с недостающими данными</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Итого</translation>
    </message>
    <message>
        <source>Objective or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Показатель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Единица измерения</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Базовое значение</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">Базовый год</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">Целевое значение</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished">Целевой год</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Фактическое значение</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Источник данных</translation>
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
        <translation type="unfinished">Год</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Источник финансирования</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation type="unfinished">Подтверждено или ожидается</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Сумма</translation>
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
        <translation type="unfinished">да</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">нет</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">подтверждено</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">ожидается</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation type="unfinished">Итого подтверждено</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation type="unfinished">Итого ожидается</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished">Итого %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Сектор</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">Контактное лицо</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
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
        <translation type="unfinished">Отвечает за</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">Партнер в</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished">%1 кв. %2</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished">Условные обозначения</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished">Мероприятий пока нет.</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(без цели)</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation type="unfinished">Страница &amp;P из &amp;N</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">Подсказка</translation>
    </message>
    <message>
        <source>Key feature</source>
        <translation type="unfinished">Ключевая характеристика</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Оценка</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Обоснование</translation>
    </message>
    <message>
        <source>Existing initiative</source>
        <translation type="unfinished">Существующая инициатива</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Организатор</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">Охват</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Примечание</translation>
    </message>
    <message>
        <source>(the area as a whole)</source>
        <translation type="unfinished">(направление в целом)</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished">Идея</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Автор</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Группа</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished">Точки</translation>
    </message>
    <message>
        <source>Votes by group</source>
        <translation type="unfinished">Голоса по группам</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished">Эффект</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished">Усилия</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished">Квадрант</translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished">Превращена в</translation>
    </message>
    <message>
        <source>action %1</source>
        <extracomment>What a card became: %1 is a code (&quot;BB1-3&quot;).</extracomment>
        <translation type="unfinished">мероприятие %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation type="unfinished">цель %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export workplan</source>
        <translation type="unfinished">Экспорт рабочего плана</translation>
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
        <translation type="unfinished">Книги Excel (*.xlsx)</translation>
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
        <translation type="unfinished">%1 — рабочий план</translation>
    </message>
    <message>
        <source>Export workplan</source>
        <translation type="unfinished">Экспорт рабочего плана</translation>
    </message>
    <message>
        <source>Writing the workplan…</source>
        <translation type="unfinished">Запись рабочего плана…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>Экспортировано %n мероприятие в %1.</numerusform>
            <numerusform>Экспортировано %n мероприятия в %1.</numerusform>
            <numerusform>Экспортировано %n мероприятий в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation type="unfinished">
            <numerusform>Удален %n символ, который нельзя сохранить в книге Excel (управляющий символ).</numerusform>
            <numerusform>Удалено %n символа, которые нельзя сохранить в книге Excel (управляющие символы).</numerusform>
            <numerusform>Удалено %n символов, которые нельзя сохранить в книге Excel (управляющие символы).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Actions (%1)</source>
        <translation type="unfinished">Мероприятия (%1)</translation>
    </message>
    <message>
        <source>Objectives (%1)</source>
        <translation type="unfinished">Цели (%1)</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation type="unfinished">Организации (%1)</translation>
    </message>
    <message>
        <source>Indicators (%1)</source>
        <translation type="unfinished">Показатели (%1)</translation>
    </message>
    <message>
        <source>Find in the whole plan</source>
        <translation type="unfinished">Поиск по всему плану</translation>
    </message>
    <message>
        <source>Actions, objectives, organisations, indicators: type a word</source>
        <translation type="unfinished">Мероприятия, цели, организации, показатели: введите слово</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">Фильтр по статусу</translation>
    </message>
    <message>
        <source>Lead filter</source>
        <translation type="unfinished">Фильтр по ответственному</translation>
    </message>
    <message>
        <source>Only actions with gaps</source>
        <translation type="unfinished">Только мероприятия с пробелами</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Результаты</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Все статусы</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation type="unfinished">Все ответственные</translation>
    </message>
    <message>
        <source>Type a word to search every area of the plan.</source>
        <translation type="unfinished">Введите слово для поиска по всем направлениям плана.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished">Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the whole plan.</source>
        <translation type="unfinished">
            <numerusform>Во всём плане найден %n результат.</numerusform>
            <numerusform>Во всём плане найдено %n результата.</numerusform>
            <numerusform>Во всём плане найдено %n результатов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches as typed; %n found when accents are ignored.</source>
        <translation type="unfinished">
            <numerusform>Точных совпадений нет; без учёта диакритических знаков найден %n результат.</numerusform>
            <numerusform>Точных совпадений нет; без учёта диакритических знаков найдено %n результата.</numerusform>
            <numerusform>Точных совпадений нет; без учёта диакритических знаков найдено %n результатов.</numerusform>
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
        <translation type="unfinished">Расширение прав и возможностей личности и социальная сплоченность</translation>
    </message>
    <message>
        <source>Empowerment and cohesion</source>
        <translation type="unfinished">Личность и сплоченность</translation>
    </message>
    <message>
        <source>Economic development and cultural prosperity</source>
        <translation type="unfinished">Экономическое развитие и культурное процветание</translation>
    </message>
    <message>
        <source>Economy and culture</source>
        <translation type="unfinished">Экономика и культура</translation>
    </message>
    <message>
        <source>Sustainable development</source>
        <translation type="unfinished">Устойчивое развитие</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation type="unfinished">Устойчивое развитие</translation>
    </message>
    <message>
        <source>Inclusive learning in the education system</source>
        <translation type="unfinished">Инклюзивное обучение в системе образования</translation>
    </message>
    <message>
        <source>Education system</source>
        <translation type="unfinished">Система образования</translation>
    </message>
    <message>
        <source>Re-vitalised learning in families and communities</source>
        <translation type="unfinished">Активизация обучения в семьях и местных сообществах</translation>
    </message>
    <message>
        <source>Families and communities</source>
        <translation type="unfinished">Семьи и сообщества</translation>
    </message>
    <message>
        <source>Effective learning for and in the workplace</source>
        <translation type="unfinished">Эффективное обучение для работы и на рабочем месте</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished">Рабочее место</translation>
    </message>
    <message>
        <source>Extended use of modern learning technologies</source>
        <translation type="unfinished">Расширение использования современных технологий обучения</translation>
    </message>
    <message>
        <source>Learning technologies</source>
        <translation type="unfinished">Технологии обучения</translation>
    </message>
    <message>
        <source>Enhanced quality in learning</source>
        <translation type="unfinished">Повышение качества обучения</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished">Качество обучения</translation>
    </message>
    <message>
        <source>A vibrant culture of learning throughout life</source>
        <translation type="unfinished">Динамичная культура обучения на протяжении всей жизни</translation>
    </message>
    <message>
        <source>Culture of learning</source>
        <translation type="unfinished">Культура обучения</translation>
    </message>
    <message>
        <source>Strong political will and commitment</source>
        <translation type="unfinished">Твердая политическая воля и приверженность</translation>
    </message>
    <message>
        <source>Political will</source>
        <translation type="unfinished">Политическая воля</translation>
    </message>
    <message>
        <source>Governance and participation of all stakeholders</source>
        <translation type="unfinished">Управление и участие всех заинтересованных сторон</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished">Управление и участие</translation>
    </message>
    <message>
        <source>Mobilisation and utilisation of resources</source>
        <translation type="unfinished">Мобилизация и использование ресурсов</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished">Ресурсы</translation>
    </message>
    <message>
        <source>The key-feature prompts are LC Planner&apos;s short paraphrase of the UNESCO Institute for Lifelong Learning&apos;s Key Features of Learning Cities (Beijing, 2013), not the official text.</source>
        <translation type="unfinished">Подсказки по ключевым характеристикам — это краткий пересказ документа Института ЮНЕСКО по обучению на протяжении всей жизни «Ключевые характеристики обучающихся городов» (Пекин, 2013), сделанный LC Planner своими словами; это не официальный текст.</translation>
    </message>
    <message>
        <source>Framework: UNESCO Institute for Lifelong Learning, Key Features of Learning Cities (2013) and Guidelines for Building Learning Cities (2015).</source>
        <translation type="unfinished">Рамочная основа: Институт ЮНЕСКО по обучению на протяжении всей жизни, «Ключевые характеристики обучающихся городов» (2013) и «Руководство по созданию обучающихся городов» (2015).</translation>
    </message>
    <message>
        <source>Early childhood care and education</source>
        <translation type="unfinished">Воспитание и образование детей младшего возраста</translation>
    </message>
    <message>
        <source>Access and participation from primary to higher education</source>
        <translation type="unfinished">Доступ к образованию и участие в нем — от начального до высшего</translation>
    </message>
    <message>
        <source>Adult education and vocational training</source>
        <translation type="unfinished">Образование взрослых и профессиональное обучение</translation>
    </message>
    <message>
        <source>Support for marginalised groups and migrant families</source>
        <translation type="unfinished">Поддержка маргинализированных групп и семей мигрантов</translation>
    </message>
    <message>
        <source>Community learning spaces: centres, libraries, museums</source>
        <translation type="unfinished">Места обучения в местных сообществах: центры, библиотеки, музеи</translation>
    </message>
    <message>
        <source>Residents take part in community learning</source>
        <translation type="unfinished">Жители участвуют в обучении в местных сообществах</translation>
    </message>
    <message>
        <source>Reaching groups at risk: families in need, migrants, people with disabilities, minorities, older learners</source>
        <translation type="unfinished">Охват групп риска: нуждающиеся семьи, мигранты, люди с инвалидностью, меньшинства, пожилые учащиеся</translation>
    </message>
    <message>
        <source>Valuing local history, culture and indigenous knowledge</source>
        <translation type="unfinished">Уважение к местной истории, культуре и знаниям коренных народов</translation>
    </message>
    <message>
        <source>Public and private bodies become learning organisations</source>
        <translation type="unfinished">Государственные и частные организации становятся обучающимися организациями</translation>
    </message>
    <message>
        <source>Learning for every employee, migrant workers included</source>
        <translation type="unfinished">Обучение для всех работников, включая трудовых мигрантов</translation>
    </message>
    <message>
        <source>Employers and unions back workplace learning</source>
        <translation type="unfinished">Работодатели и профсоюзы поддерживают обучение на рабочем месте</translation>
    </message>
    <message>
        <source>Learning for unemployed young people and adults</source>
        <translation type="unfinished">Обучение для безработной молодежи и взрослых</translation>
    </message>
    <message>
        <source>Administrators, teachers and educators trained to use learning technologies</source>
        <translation type="unfinished">Руководители, учителя и педагоги обучены использованию технологий обучения</translation>
    </message>
    <message>
        <source>Every resident can reach computers and the internet</source>
        <translation type="unfinished">У каждого жителя есть доступ к компьютеру и интернету</translation>
    </message>
    <message>
        <source>Good e-learning resources</source>
        <translation type="unfinished">Качественные ресурсы электронного обучения</translation>
    </message>
    <message>
        <source>From teaching to learning: creativity and learning to learn</source>
        <translation type="unfinished">От преподавания к обучению: творчество и умение учиться</translation>
    </message>
    <message>
        <source>Shared values and tolerance</source>
        <translation type="unfinished">Общие ценности и толерантность</translation>
    </message>
    <message>
        <source>Well-trained educators</source>
        <translation type="unfinished">Хорошо подготовленные педагоги</translation>
    </message>
    <message>
        <source>Learner-friendly places, special needs included</source>
        <translation type="unfinished">Среда, благоприятная для учащихся, в том числе с особыми потребностями</translation>
    </message>
    <message>
        <source>Public events that celebrate learning, such as learning festivals</source>
        <translation type="unfinished">Публичные мероприятия в честь обучения, например фестивали обучения</translation>
    </message>
    <message>
        <source>Information, guidance and support for learners</source>
        <translation type="unfinished">Информирование, консультирование и поддержка учащихся</translation>
    </message>
    <message>
        <source>Media, libraries and cultural institutions promote learning</source>
        <translation type="unfinished">СМИ, библиотеки и учреждения культуры продвигают обучение</translation>
    </message>
    <message>
        <source>All forms of learning are recognised and rewarded</source>
        <translation type="unfinished">Все формы обучения признаются и поощряются</translation>
    </message>
    <message>
        <source>City leaders commit to building a learning city</source>
        <translation type="unfinished">Руководство города берет на себя обязательство создать обучающийся город</translation>
    </message>
    <message>
        <source>A lifelong-learning strategy and plan made with all partners</source>
        <translation type="unfinished">Стратегия и план обучения на протяжении всей жизни, разработанные вместе со всеми партнерами</translation>
    </message>
    <message>
        <source>Progress is monitored and reported</source>
        <translation type="unfinished">Мониторинг хода работы и отчетность о нем</translation>
    </message>
    <message>
        <source>A coordination body across sectors</source>
        <translation type="unfinished">Межсекторальный координационный орган</translation>
    </message>
    <message>
        <source>Every stakeholder contributes: public, private, civil society, education</source>
        <translation type="unfinished">Вклад всех заинтересованных сторон: государственного и частного сектора, гражданского общества, системы образования</translation>
    </message>
    <message>
        <source>Partnerships, international ones included</source>
        <translation type="unfinished">Партнерства, в том числе международные</translation>
    </message>
    <message>
        <source>More investment in lifelong learning from every source</source>
        <translation type="unfinished">Больше инвестиций в обучение на протяжении всей жизни из всех источников</translation>
    </message>
    <message>
        <source>Stakeholders&apos; resources used well; new ways of funding</source>
        <translation type="unfinished">Эффективное использование ресурсов заинтересованных сторон; новые способы финансирования</translation>
    </message>
    <message>
        <source>Learning opportunities for disadvantaged groups are funded</source>
        <translation type="unfinished">Финансирование возможностей обучения для групп в неблагоприятном положении</translation>
    </message>
    <message>
        <source>Volunteers contribute their time and skills</source>
        <translation type="unfinished">Добровольцы вкладывают свое время и навыки</translation>
    </message>
    <message>
        <source>Cities exchange ideas and experience</source>
        <translation type="unfinished">Города обмениваются идеями и опытом</translation>
    </message>
    <message>
        <source>Develop a plan</source>
        <translation type="unfinished">Разработка плана</translation>
    </message>
    <message>
        <source>Coordinate all stakeholders</source>
        <translation type="unfinished">Координация всех заинтересованных сторон</translation>
    </message>
    <message>
        <source>Celebrate learning</source>
        <translation type="unfinished">Праздники обучения</translation>
    </message>
    <message>
        <source>Learning accessible to all</source>
        <translation type="unfinished">Обучение, доступное всем</translation>
    </message>
    <message>
        <source>Monitor and evaluate</source>
        <translation type="unfinished">Мониторинг и оценка</translation>
    </message>
    <message>
        <source>Sustainable funding</source>
        <translation type="unfinished">Устойчивое финансирование</translation>
    </message>
</context>
<context>
    <name>GapsDialog</name>
    <message>
        <source>Gaps</source>
        <translation type="unfinished">Пробелы</translation>
    </message>
    <message>
        <source>What the plan still lacks. Enter or a double-click goes to the field.</source>
        <translation type="unfinished">Чего ещё не хватает плану. Enter или двойной щелчок ведёт к полю.</translation>
    </message>
    <message>
        <source>No gaps: every action has a lead, an indicator, a budget and dates.</source>
        <translation type="unfinished">Пробелов нет: у каждого мероприятия есть ответственный, показатель, бюджет и сроки.</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
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
        <translation type="unfinished">Быстрые победы</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation type="unfinished">Крупные проекты</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation type="unfinished">Мелкие задачи</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation type="unfinished">Неблагодарные задачи</translation>
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
        <translation type="unfinished">Направление новых карточек</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down in the idea field choose the area too; drop cards here to move them to this area</source>
        <translation type="unfinished">Alt+Вверх / Alt+Вниз в поле идеи тоже выбирают направление; перетащите сюда карточки, чтобы переместить их в это направление</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation type="unfinished">Введите идею и нажмите Enter</translation>
    </message>
    <message>
        <source>New card</source>
        <translation type="unfinished">Новая карточка</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">необязательно</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Автор</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Группа</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation type="unfinished">&amp;Идея:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation type="unfinished">&amp;Автор:</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation type="unfinished">&amp;Группа:</translation>
    </message>
    <message>
        <source>Voter group</source>
        <translation type="unfinished">Голосующая группа</translation>
    </message>
    <message>
        <source>Whose dots + / − and the digits set on the selected card</source>
        <translation type="unfinished">Чьи точки ставят на выбранную карточку клавиши + / − и цифры</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation type="unfinished">Название, затем Enter</translation>
    </message>
    <message>
        <source>New voter group</source>
        <translation type="unfinished">Новая голосующая группа</translation>
    </message>
    <message>
        <source>Dots of the new group</source>
        <translation type="unfinished">Точки новой группы</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">Добавить группу</translation>
    </message>
    <message>
        <source>Vo&amp;tes of:</source>
        <translation type="unfinished">Голос&amp;ует:</translation>
    </message>
    <message>
        <source>&amp;New group:</source>
        <translation type="unfinished">Н&amp;овая группа:</translation>
    </message>
    <message>
        <source>Bu&amp;dget:</source>
        <translation type="unfinished">&amp;Бюджет:</translation>
    </message>
    <message>
        <source>&amp;Sort by dots</source>
        <translation type="unfinished">Сортировать по &amp;числу точек</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">Показать</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished">Все карточки</translation>
    </message>
    <message>
        <source>Not on the board yet</source>
        <translation type="unfinished">Ещё не на матрице</translation>
    </message>
    <message>
        <source>&amp;Quadrant:</source>
        <translation type="unfinished">&amp;Квадрант:</translation>
    </message>
    <message>
        <source>Idea wall</source>
        <translation type="unfinished">Стена идей</translation>
    </message>
    <message>
        <source>Impact–effort board</source>
        <translation type="unfinished">Матрица «эффект–усилия»</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation type="unfinished">С&amp;тена</translation>
    </message>
    <message>
        <source>Impact–effort &amp;board</source>
        <translation type="unfinished">&amp;Матрица «эффект–усилия»</translation>
    </message>
    <message>
        <source>Enter adds a card. On a card: F2 edit · Delete · Alt+←/→ other area · Ctrl+M merge · + / − or 0–9 dots · Ctrl+arrows on the board · Ctrl+Enter action · Ctrl+Shift+Enter objective</source>
        <translation type="unfinished">Enter — добавить карточку. На карточке: F2 — изменить · Delete — удалить · Alt+←/→ — другое направление · Ctrl+M — объединить · + / − или 0–9 — точки · Ctrl+стрелки — по матрице · Ctrl+Enter — мероприятие · Ctrl+Shift+Enter — цель</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>voter group: name, dots spent/budget</comment>
        <translation type="unfinished">%1 %2/%3</translation>
    </message>
    <message>
        <source>Card added to %1. Type the next one; Ctrl+Z takes it back.</source>
        <translation type="unfinished">Карточка добавлена в %1. Введите следующую; Ctrl+Z уберёт её.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation type="unfinished">
            <numerusform>удаление %n карточки</numerusform>
            <numerusform>удаление %n карточек</numerusform>
            <numerusform>удаление %n карточек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n card(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Удалена %n карточка. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>Удалено %n карточки. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>Удалено %n карточек. Отменить можно с помощью Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation type="unfinished">
            <numerusform>перемещение %n карточки</numerusform>
            <numerusform>перемещение %n карточек</numerusform>
            <numerusform>перемещение %n карточек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Перемещена %n карточка в %1. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>Перемещено %n карточки в %1. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>Перемещено %n карточек в %1. Отменить можно с помощью Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation type="unfinished">Переместить карточки</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to:</source>
        <translation type="unfinished">
            <numerusform>Переместить %n карточку в:</numerusform>
            <numerusform>Переместить %n карточки в:</numerusform>
            <numerusform>Переместить %n карточек в:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two cards to merge (Ctrl+click or Shift+arrows).</source>
        <translation type="unfinished">Выберите две карточки для объединения (Ctrl+щелчок или Shift+стрелки).</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation type="unfinished">объединение карточек</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n card(s) into one. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n карточка объединена в одну. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>%n карточки объединены в одну. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>%n карточек объединены в одну. Отменить можно с помощью Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a card first.</source>
        <translation type="unfinished">Сначала выберите карточку.</translation>
    </message>
    <message>
        <source>Add a voter group first: its name and its dots.</source>
        <translation type="unfinished">Сначала добавьте голосующую группу: её название и число точек.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n dot(s) on this card.</source>
        <translation type="unfinished">
            <numerusform>У группы %1 %n точка на этой карточке.</numerusform>
            <numerusform>У группы %1 %n точки на этой карточке.</numerusform>
            <numerusform>У группы %1 %n точек на этой карточке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n card(s) on the board</source>
        <translation type="unfinished">
            <numerusform>размещение %n карточки на матрице</numerusform>
            <numerusform>размещение %n карточек на матрице</numerusform>
            <numerusform>размещение %n карточек на матрице</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board: impact %1, effort %2 (%3).</source>
        <translation type="unfinished">На матрице: эффект %1, усилия %2 (%3).</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation type="unfinished">Выберите карточки, которые нужно превратить в мероприятие или цель.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the action %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n карточка превращена в мероприятие %1. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>%n карточки превращены в мероприятие %1. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>%n карточек превращены в мероприятие %1. Отменить можно с помощью Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the objective %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n карточка превращена в цель %1. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>%n карточки превращены в цель %1. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>%n карточек превращены в цель %1. Отменить можно с помощью Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 can spend %n dot(s).</source>
        <translation type="unfinished">
            <numerusform>Группа %1 может распределить %n точку.</numerusform>
            <numerusform>Группа %1 может распределить %n точки.</numerusform>
            <numerusform>Группа %1 может распределить %n точек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactEffortBoard</name>
    <message>
        <source>Effort →</source>
        <translation type="unfinished">Усилия →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation type="unfinished">Эффект →</translation>
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
        <translation type="unfinished">Код</translation>
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
        <translation type="unfinished">Цель</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Описание</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">Целевые группы</translation>
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
        <translation type="unfinished">Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Дата окончания</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% выполнения</translation>
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
        <translation type="unfinished">Источник финансирования</translation>
    </message>
    <message>
        <source>Indicators (KPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Заметки</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing from the workbook</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">(выберите)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cannot be read. Fix them in the spreadsheet, or choose what their values become, and import again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing from the workbook</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) not in the register</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cells not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorBox</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Показатели</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">Добавить показатель</translation>
    </message>
    <message>
        <source>New indicator, e.g. number of participants</source>
        <translation type="unfinished">Новый показатель, например число участников</translation>
    </message>
    <message>
        <source>New indicator name</source>
        <translation type="unfinished">Название нового показателя</translation>
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
        <translation type="unfinished">Новый показатель</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished">да</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">нет</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished">%1 не является числом.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Показатель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Единица измерения</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Базовое значение</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">Базовый год</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">Целевое значение</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished">Целевой год</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Фактическое значение</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Источник данных</translation>
    </message>
</context>
<context>
    <name>InitiativeTable</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished">Инициатива</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished">Организатор</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">Охват</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Примечание</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">Подсказка</translation>
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
        <translation type="unfinished">Навигатор</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished">&amp;Новый план…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished">&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <translation type="unfinished">Открыть &amp;демонстрационный план</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation type="unfinished">Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <source>&amp;Export Workplan…</source>
        <translation type="unfinished">&amp;Экспорт рабочего плана…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished">&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished">Режим &amp;презентации</translation>
    </message>
    <message>
        <source>Action &amp;Editor</source>
        <translation type="unfinished">&amp;Редактор мероприятий</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished">Полный &amp;экран</translation>
    </message>
    <message>
        <source>Workshop &amp;Timer</source>
        <translation type="unfinished">Таймер семинара</translation>
    </message>
    <message>
        <source>&amp;About LC Planner</source>
        <translation type="unfinished">&amp;О программе LC Planner</translation>
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
        <translation type="unfinished">&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">&amp;Последние планы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Вид</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation type="unfinished">&amp;Следующая панель</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished">Пре&amp;дыдущая панель</translation>
    </message>
    <message>
        <source>&amp;Gaps…</source>
        <translation type="unfinished">Про&amp;белы…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished">П&amp;ерейти</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Справка</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation type="unfinished">План используется</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation type="unfinished">%1

Открыть его только для чтения?</translation>
    </message>
    <message>
        <source>Upgraded the plan file; the old version is kept as %1</source>
        <translation type="unfinished">Файл плана обновлен; старая версия сохранена как %1</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished">Открыть план</translation>
    </message>
    <message>
        <source>LC Planner plans (%1)</source>
        <translation type="unfinished">Планы LC Planner (%1)</translation>
    </message>
    <message>
        <source>Demo plan</source>
        <translation type="unfinished">Демонстрационный план</translation>
    </message>
    <message>
        <source>Cannot create the demo plan</source>
        <translation type="unfinished">Не удается создать демонстрационный план</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation type="unfinished">Сохранить новый план как</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation type="unfinished">Не удается создать план</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished">Сохранено: %1</translation>
    </message>
    <message>
        <source>%1 – LC Planner</source>
        <translation type="unfinished">%1 – LC Planner</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation type="unfinished">%1 [только чтение]</translation>
    </message>
    <message>
        <source>About LC Planner</source>
        <translation type="unfinished">О программе LC Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı: learning-city action plans for workshops, offline.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;Планировщик обучающегося города: планы действий обучающихся городов для практических семинаров, без подключения к интернету.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Лицензия: GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 не является датой.</translation>
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
        <translation type="unfinished">Примечание</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished"></translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">Отмена</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">%1 не является датой.</translation>
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
        <translation type="unfinished">Пе&amp;риод:</translation>
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
        <translation type="unfinished">&amp;Направление:</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Мероприятие</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Ответственный</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% выполнения</translation>
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
        <translation type="unfinished">1 Заинтересованные стороны</translation>
    </message>
    <message>
        <source>2 Stock-take</source>
        <translation type="unfinished">2 Оценка состояния</translation>
    </message>
    <message>
        <source>3 Ideas and votes</source>
        <translation type="unfinished">3 Идеи и голоса</translation>
    </message>
    <message>
        <source>Workshop, step 1: who is in the room and who should be (Ctrl+Shift+1)</source>
        <translation type="unfinished">Семинар, шаг 1: кто в зале и кто должен быть (Ctrl+Shift+1)</translation>
    </message>
    <message>
        <source>Workshop, step 2: what the city already has, area by area (Ctrl+Shift+2)</source>
        <translation type="unfinished">Семинар, шаг 2: что в городе уже есть, по направлениям (Ctrl+Shift+2)</translation>
    </message>
    <message>
        <source>Workshop, steps 3 and 4: ideas on the wall, dots and the impact-effort board; the best become actions (Ctrl+Shift+3)</source>
        <translation type="unfinished">Семинар, шаги 3 и 4: идеи на стене, точки и матрица «эффект–усилия»; лучшие становятся мероприятиями (Ctrl+Shift+3)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">График выполнения</translation>
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
        <translation type="unfinished">Обзор</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Организации</translation>
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
            <numerusform>%1: %2, %n мероприятие</numerusform>
            <numerusform>%1: %2, %n мероприятия</numerusform>
            <numerusform>%1: %2, %n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (some actions lack a lead, an indicator, a budget or dates)</source>
        <translation type="unfinished">%1 (у некоторых мероприятий не указаны ответственный, показатель, бюджет или сроки)</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished">Новый план</translation>
    </message>
    <message>
        <source>Learning City Action Plan</source>
        <translation type="unfinished">План действий обучающегося города</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">Первый год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Последний год</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">Пе&amp;риод:</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation type="unfinished">Я&amp;зык плана:</translation>
    </message>
    <message>
        <source>%1 Learning City Action Plan</source>
        <translation type="unfinished">План действий обучающегося города %1</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>(choose)</source>
        <translation type="unfinished">(выберите)</translation>
    </message>
    <message>
        <source>No sector yet: choose one (double-click the Sector cell).</source>
        <translation type="unfinished">Сектор ещё не указан: выберите его (двойной щелчок по ячейке «Сектор»).</translation>
    </message>
</context>
<context>
    <name>OrganisationTable</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Сектор</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">Контактное лицо</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Отвечает за</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">Партнер в</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>&lt;h2&gt;Organisations&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Организации&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Организации</translation>
    </message>
    <message>
        <source>New organisation: type its name and press Enter</source>
        <translation type="unfinished">Новая организация: введите название и нажмите Enter</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished">Новая организация</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished">&amp;Объединить…</translation>
    </message>
    <message>
        <source>Select two organisations that are the same, then merge</source>
        <translation type="unfinished">Выберите две организации, которые на самом деле совпадают, и объедините их</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <source>Actions of the organisation</source>
        <translation type="unfinished">Мероприятия организации</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished">удаление организации</translation>
    </message>
    <message>
        <source>Select exactly two organisations to merge.</source>
        <translation type="unfinished">Для объединения выберите ровно две организации.</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished">Объединение организаций</translation>
    </message>
    <message>
        <source>Keep which name? The other is merged into it.</source>
        <translation type="unfinished">Какое название сохранить? Другая организация будет объединена с этой.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an organisation to see its actions.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;Выберите организацию, чтобы увидеть ее мероприятия.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;i&gt;нет&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</source>
        <translation type="unfinished">&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Leads %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform>&lt;p&gt;&lt;b&gt;Отвечает за %n мероприятие:&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Отвечает за %n мероприятия:&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Отвечает за %n мероприятий:&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Partner in %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform>&lt;p&gt;&lt;b&gt;Партнер в %n мероприятии:&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Партнер в %n мероприятиях:&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Партнер в %n мероприятиях:&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Plan properties</source>
        <translation type="unfinished">Свойства плана</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">Первый год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Последний год</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Город:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">С&amp;трана:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Название:</translation>
    </message>
    <message>
        <source>V&amp;ision:</source>
        <translation type="unfinished">В&amp;идение:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">Пе&amp;риод:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished">Ва&amp;люта:</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation type="unfinished">Я&amp;зык плана:</translation>
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
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Роль</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Партнеры</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished">Организация-партнер</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation type="unfinished">Выберите организацию или введите название новой</translation>
    </message>
    <message>
        <source>Partner role</source>
        <translation type="unfinished">Роль партнера</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished">Добавить партнера</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Удалить</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">Роль: %1</translation>
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
        <translation type="unfinished">Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Страна</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">Видение</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation type="unfinished">Период плана</translation>
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
        <translation type="unfinished">Дата экспорта</translation>
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
        <translation type="unfinished">Количество мероприятий</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished">Общий бюджет</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Направление</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Цели</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Мероприятия</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Бюджет</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation type="unfinished">Бюджет, итого</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation type="unfinished">Мероприятия с недостающими данными</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Итого</translation>
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
        <translation type="unfinished">Показатели</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(без цели)</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished">Мероприятий пока нет.</translation>
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
        <translation type="unfinished">Организации</translation>
    </message>
    <message>
        <source>Contact persons, e-mail addresses and phone numbers are kept in the plan file and not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Описание</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">Целевые группы</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation type="unfinished">Ответственный</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation type="unfinished">Партнеры (роль)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Окончание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% выполнения</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Приоритет</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">Ключевые характеристики</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">Области действий</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Заметки</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">Источники финансирования</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Показатель</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Базовое значение</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">Целевое значение</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Фактическое значение</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Источник данных</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Год</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Источник финансирования</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation type="unfinished">Подтверждено или ожидается</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Сумма</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">подтверждено</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">ожидается</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation type="unfinished">Итого подтверждено</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation type="unfinished">Итого ожидается</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">да</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">нет</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Сектор</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Отвечает за</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">Партнер в</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">Оценка состояния: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation type="unfinished">
            <numerusform>%n цель</numerusform>
            <numerusform>%n цели</numerusform>
            <numerusform>%n целей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation type="unfinished">
            <numerusform>⚠ %n пробел</numerusform>
            <numerusform>⚠ %n пробела</numerusform>
            <numerusform>⚠ %n пробелов</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">График выполнения</translation>
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
        <translation type="unfinished">%1 кв. %2</translation>
    </message>
</context>
<context>
    <name>PlanError</name>
    <message>
        <source>Action %1 is in an unknown area.</source>
        <translation type="unfinished">Мероприятие %1 относится к неизвестному направлению.</translation>
    </message>
    <message>
        <source>Objective %1 is in an unknown area.</source>
        <translation type="unfinished">Цель %1 относится к неизвестному направлению.</translation>
    </message>
    <message>
        <source>Action %1 has an unknown status.</source>
        <translation type="unfinished">У мероприятия %1 неизвестный статус.</translation>
    </message>
    <message>
        <source>The plan “%1” is a draft but has an approval date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 has a priority or percentage out of range.</source>
        <translation type="unfinished">У мероприятия %1 приоритет или процент выполнения вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>Action %1 ends before it starts.</source>
        <translation type="unfinished">Мероприятие %1 заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The lead of action %1 belongs to another plan.</source>
        <translation type="unfinished">Ответственная организация мероприятия %1 относится к другому плану.</translation>
    </message>
    <message>
        <source>Action %1 sits under an objective of another area.</source>
        <translation type="unfinished">Мероприятие %1 относится к цели другого направления.</translation>
    </message>
    <message>
        <source>A partner of action %1 has an unknown role.</source>
        <translation type="unfinished">У одного из партнеров мероприятия %1 неизвестная роль.</translation>
    </message>
    <message>
        <source>A budget line of action %1 is negative or has an unknown source.</source>
        <translation type="unfinished">Статья бюджета мероприятия %1 отрицательна или имеет неизвестный источник.</translation>
    </message>
    <message>
        <source>Indicator %1 has an unknown kind.</source>
        <translation type="unfinished">У показателя %1 неизвестный тип.</translation>
    </message>
    <message>
        <source>Organisation %1 has an unknown sector.</source>
        <translation type="unfinished">У организации %1 неизвестный сектор.</translation>
    </message>
    <message>
        <source>The card “%1” is in an unknown area.</source>
        <translation type="unfinished">Карточка «%1» относится к неизвестному направлению.</translation>
    </message>
    <message>
        <source>The prompt %1 is in an unknown area.</source>
        <translation type="unfinished">Подсказка %1 относится к неизвестному направлению.</translation>
    </message>
    <message>
        <source>The initiative %1 is in an unknown area.</source>
        <translation type="unfinished">Инициатива %1 относится к неизвестному направлению.</translation>
    </message>
    <message>
        <source>The rating %1 has an unknown area or level.</source>
        <translation type="unfinished">У оценки %1 неизвестное направление или уровень.</translation>
    </message>
    <message>
        <source>The stakeholder %1 has an influence or interest out of range.</source>
        <translation type="unfinished">У заинтересованной стороны %1 влияние или интерес вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>The group %1 has spent more dots than its budget.</source>
        <translation type="unfinished">Группа %1 израсходовала больше точек, чем позволяет её бюджет.</translation>
    </message>
    <message>
        <source>Action %1 has no lead organisation.</source>
        <translation type="unfinished">У мероприятия %1 нет ответственной организации.</translation>
    </message>
    <message>
        <source>Action %1 has no indicator.</source>
        <translation type="unfinished">У мероприятия %1 нет показателя.</translation>
    </message>
    <message>
        <source>Action %1 has no budget.</source>
        <translation type="unfinished">У мероприятия %1 нет бюджета.</translation>
    </message>
    <message>
        <source>Action %1 has no start or end date.</source>
        <translation type="unfinished">У мероприятия %1 не указана дата начала или окончания.</translation>
    </message>
    <message>
        <source>Database damage: %1</source>
        <translation type="unfinished">Повреждение базы данных: %1</translation>
    </message>
    <message>
        <source>Row %2 of %1 points to a missing row of %3.</source>
        <translation type="unfinished">Строка %2 таблицы %1 ссылается на отсутствующую строку таблицы %3.</translation>
    </message>
    <message>
        <source>Action %1 names unknown key features: %2.</source>
        <translation type="unfinished">В мероприятии %1 указаны неизвестные ключевые характеристики: %2.</translation>
    </message>
    <message>
        <source>Action %1 has a date outside the plan period.</source>
        <translation type="unfinished">Дата мероприятия %1 выходит за пределы периода плана.</translation>
    </message>
    <message>
        <source>Organisation %1 has no sector yet.</source>
        <translation type="unfinished">У организации %1 ещё не указан сектор.</translation>
    </message>
    <message>
        <source>A budget line for %1 lies outside the plan period.</source>
        <translation type="unfinished">Статья бюджета на %1 год выходит за пределы периода плана.</translation>
    </message>
    <message>
        <source>An indicator belongs to one action or one objective.</source>
        <translation type="unfinished">Показатель относится либо к одному мероприятию, либо к одной цели.</translation>
    </message>
    <message>
        <source>The change could not be saved to the plan file: %1</source>
        <translation type="unfinished">Не удалось сохранить изменение в файле плана: %1</translation>
    </message>
    <message>
        <source>An organisation named %1 already exists.</source>
        <translation type="unfinished">Организация с названием %1 уже существует.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation type="unfinished">Организацию нельзя объединить с самой собой.</translation>
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
        <translation type="unfinished">Код %1 уже используется.</translation>
    </message>
    <message>
        <source>The objective is not part of this plan.</source>
        <translation type="unfinished">Эта цель не относится к данному плану.</translation>
    </message>
    <message>
        <source>The objective %1 belongs to another area (%2).</source>
        <translation type="unfinished">Цель %1 относится к другому направлению (%2).</translation>
    </message>
    <message>
        <source>The lead must be an organisation of this plan.</source>
        <translation type="unfinished">Ответственной должна быть организация из этого плана.</translation>
    </message>
    <message>
        <source>An organisation is listed twice among the partners.</source>
        <translation type="unfinished">Организация указана среди партнеров дважды.</translation>
    </message>
    <message>
        <source>A partner must be an organisation of this plan.</source>
        <translation type="unfinished">Партнером должна быть организация из этого плана.</translation>
    </message>
    <message>
        <source>%1 already leads this action.</source>
        <translation type="unfinished">%1 уже отвечает за это мероприятие.</translation>
    </message>
    <message>
        <source>The plan could not be processed.</source>
        <translation type="unfinished">Не удалось обработать план.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished">Файл %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file.</source>
        <translation type="unfinished">%1 — это папка, а не файл плана.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a plan file.</source>
        <translation type="unfinished">Файл %1 пуст: это не файл плана.</translation>
    </message>
    <message>
        <source>The file %1 is not an LC Planner plan file (it is not a database).</source>
        <translation type="unfinished">Файл %1 не является файлом плана LC Planner (это не база данных).</translation>
    </message>
    <message>
        <source>The file %1 is a spreadsheet or another zipped document, not an LC Planner plan file.</source>
        <translation type="unfinished">Файл %1 — это электронная таблица или другой сжатый документ, а не файл плана LC Planner.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not an LC Planner plan.</source>
        <translation type="unfinished">Файл %1 — это база данных другой программы, а не план LC Planner.</translation>
    </message>
    <message>
        <source>The plan file %1 is damaged or incomplete (%2). Open a backup copy or the latest saved copy.</source>
        <translation type="unfinished">Файл плана %1 поврежден или неполон (%2). Откройте резервную копию или последнюю сохраненную копию.</translation>
    </message>
    <message>
        <source>The plan file %1 was made by a newer LC Planner (schema version %2; this version reads up to %3). Update LC Planner to open it.</source>
        <translation type="unfinished">Файл плана %1 создан более новой версией LC Planner (версия схемы %2; эта версия читает версии до %3). Чтобы открыть его, обновите LC Planner.</translation>
    </message>
    <message>
        <source>The plan file %1 is read-only (or its folder is). Open it read-only, or save a copy somewhere you can write.</source>
        <translation type="unfinished">Файл плана %1 (или его папка) доступен только для чтения. Откройте его только для чтения или сохраните копию туда, где у вас есть права на запись.</translation>
    </message>
    <message>
        <source>The plan file %1 was made by an older LC Planner and cannot be read without upgrading it. Open it for editing once (a backup copy is kept).</source>
        <translation type="unfinished">Файл плана %1 создан более старой версией LC Planner, и без обновления его прочитать нельзя. Откройте его один раз для редактирования (резервная копия будет сохранена).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished">Не удается прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>The plan file %1 is already open for editing by %2 since %3. You can open it read-only.</source>
        <translation type="unfinished">Файл плана %1 открыт для редактирования пользователем %2 с %3. Вы можете открыть его только для чтения.</translation>
    </message>
    <message>
        <source>The plan file %1 could not be upgraded to this version (%2). It was not changed; a backup is at %3.</source>
        <translation type="unfinished">Не удалось обновить файл плана %1 до этой версии (%2). Файл не изменен; резервная копия находится здесь: %3.</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation type="unfinished">Файл %1 уже существует.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket), so it is not a plan file.</source>
        <translation type="unfinished">%1 не является обычным файлом (это устройство, канал или сокет), поэтому это не файл плана.</translation>
    </message>
    <message>
        <source>The plan file %1 was changed by another program (%2), so it was not opened. You can rescue its data into a new, clean plan.</source>
        <translation type="unfinished">Файл плана %1 был изменен другой программой (%2), поэтому он не открыт. Вы можете восстановить его данные в новом, чистом плане.</translation>
    </message>
    <message>
        <source>The plan file %1 is busy: another program is writing to it. Try again in a moment, or close the other program.</source>
        <translation type="unfinished">Файл плана %1 занят: в него записывает данные другая программа. Повторите попытку чуть позже или закройте другую программу.</translation>
    </message>
    <message>
        <source>The plan file %1 was left in the middle of a save and must be repaired before it can be read, but it is read-only here. Copy it, with the file %2 beside it, to a folder where you can write, and open the copy.</source>
        <translation type="unfinished">Сохранение файла плана %1 было прервано на середине, и перед чтением его нужно исправить, но здесь он доступен только для чтения. Скопируйте его вместе с файлом %2, который лежит рядом, в папку, где у вас есть права на запись, и откройте копию.</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be opened for editing: %2 is in the way of its lock file. Remove or rename it, or open the plan read-only.</source>
        <translation type="unfinished">Файл плана %1 нельзя открыть для редактирования: на месте его файла блокировки находится %2. Удалите или переименуйте этот объект либо откройте план только для чтения.</translation>
    </message>
    <message>
        <source>The plan file %1 has a lock left behind by %2, whose LC Planner is no longer running, but this account may not remove it. Delete the file %3, or open the plan read-only.</source>
        <translation type="unfinished">У файла плана %1 осталась блокировка пользователя %2, у которого LC Planner больше не запущен, но у этой учетной записи нет прав снять ее. Удалите файл %3 или откройте план только для чтения.</translation>
    </message>
    <message>
        <source>%1 is a plan open for editing by %2; it cannot be replaced. Choose another name.</source>
        <translation type="unfinished">%1 — это план, открытый для редактирования пользователем %2; его нельзя заменить. Выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 is the plan itself; a copy cannot replace it. Choose another name.</source>
        <translation type="unfinished">%1 — это сам план; копия не может его заменить. Выберите другое имя.</translation>
    </message>
    <message>
        <source>No data could be rescued from %1: %2</source>
        <translation type="unfinished">Не удалось восстановить никаких данных из %1: %2</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes are not allowed.</source>
        <translation type="unfinished">План открыт только для чтения; изменения запрещены.</translation>
    </message>
    <message>
        <source>You may view this plan but not change it: ask its owner to make you an editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is closed.</source>
        <translation type="unfinished">План закрыт.</translation>
    </message>
    <message>
        <source>The item no longer exists in this plan.</source>
        <translation type="unfinished">Этого элемента больше нет в плане.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation type="unfinished">Недопустимое значение.</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters, at most %2 fit here.</source>
        <translation type="unfinished">Этот текст слишком длинный: %1 симв., а здесь помещается не более %2.</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation type="unfinished">Неизвестное поле %1.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation type="unfinished">Это поле не может быть пустым.</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation type="unfinished">%1 не является годом.</translation>
    </message>
    <message>
        <source>The year %1 is out of range (%2-%3).</source>
        <translation type="unfinished">Год %1 вне допустимого диапазона (%2-%3).</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 не является датой.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation type="unfinished">%1 не является целым числом.</translation>
    </message>
    <message>
        <source>The value must be between %1 and %2.</source>
        <translation type="unfinished">Значение должно быть от %1 до %2.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished">%1 не является числом.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished">Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation type="unfinished">Сумма %1 слишком велика.</translation>
    </message>
    <message>
        <source>%1 is not an allowed value here.</source>
        <translation type="unfinished">Значение %1 здесь недопустимо.</translation>
    </message>
    <message>
        <source>Unknown code %1.</source>
        <translation type="unfinished">Неизвестный код %1.</translation>
    </message>
    <message>
        <source>%1 is not a building block or fundamental condition (BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished">%1 не является строительным блоком или основополагающим условием (BB1-BB6, FC1-FC3).</translation>
    </message>
    <message>
        <source>%1 is not an area of the framework (B1-B3, BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished">%1 не является направлением рамочной основы (B1-B3, BB1-BB6, FC1-FC3).</translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation type="unfinished">Период плана заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation type="unfinished">Дата окончания (%1) раньше даты начала (%2).</translation>
    </message>
    <message>
        <source>A draft plan has no approval date: choose another approval status first, or clear the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a language code.</source>
        <translation type="unfinished">%1 не является кодом языка.</translation>
    </message>
    <message>
        <source>%1 is not a currency code (three letters, e.g. TRY).</source>
        <translation type="unfinished">%1 не является кодом валюты (три буквы, например TRY).</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation type="unfinished">%1 не является адресом электронной почты.</translation>
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
        <translation type="unfinished">Укажите здесь «да» или «нет».</translation>
    </message>
    <message>
        <source>The workplan could not be written: %1</source>
        <translation type="unfinished">Не удалось записать рабочий план: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished">Экспорт отменен; ничего не записано.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">Папка %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another folder.</source>
        <translation type="unfinished">Запись в папку %1 невозможна. Выберите другую папку.</translation>
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
        <translation type="unfinished">Диск заполнен, поэтому не удалось записать %1. Освободите место или выберите другой диск.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1 is the plan being exported; the workplan must not replace it. Choose another name.</source>
        <translation type="unfinished">%1 — это экспортируемый план; рабочий план не должен его заменять. Выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket). Choose another name.</source>
        <translation type="unfinished">%1 не является обычным файлом (это устройство, канал или сокет). Выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx.</source>
        <translation type="unfinished">%1 — это имя файла плана (.lcplan), а не книги Excel. Выберите имя, оканчивающееся на .xlsx.</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx, or add --force to write the workbook there anyway.</source>
        <translation type="unfinished">%1 — это имя файла плана (.lcplan), а не книги Excel. Выберите имя, оканчивающееся на .xlsx, или добавьте --force, чтобы все равно записать туда книгу.</translation>
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
        <translation type="unfinished">%1 уже существует и не является книгой Excel, поэтому файл оставлен без изменений. Выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name, or add --force to replace it.</source>
        <translation type="unfinished">%1 уже существует и не является книгой Excel, поэтому файл оставлен без изменений. Выберите другое имя или добавьте --force, чтобы заменить его.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation type="unfinished">%1 — это папка, а не имя файла.</translation>
    </message>
    <message>
        <source>%1 could not be written: the file is larger than the file size limit of this drive or account (file too large). Choose another drive, or ask your administrator to raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced: it may be open in Excel. Close it there and try again.</source>
        <translation type="unfinished">Не удается заменить %1: возможно, файл открыт в Excel. Закройте его там и повторите попытку.</translation>
    </message>
    <message>
        <source>it has a trigger, %1</source>
        <translation type="unfinished">в нем есть триггер: %1</translation>
    </message>
    <message>
        <source>it has a view, %1</source>
        <translation type="unfinished">в нем есть представление: %1</translation>
    </message>
    <message>
        <source>it has an object LC Planner did not make, %1</source>
        <translation type="unfinished">в нем есть объект, созданный не LC Planner: %1</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished">отсутствует таблица %1</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation type="unfinished">отсутствует столбец %1</translation>
    </message>
    <message>
        <source>it has a column LC Planner did not make, %1</source>
        <translation type="unfinished">в нем есть столбец, созданный не LC Planner: %1</translation>
    </message>
    <message>
        <source>the definition of the table %1 was changed</source>
        <translation type="unfinished">изменено определение таблицы %1</translation>
    </message>
    <message>
        <source>the index %1 was changed or is missing</source>
        <translation type="unfinished">индекс %1 изменен или отсутствует</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a whole number</source>
        <translation type="unfinished">значение %1 в строке %2 не является целым числом</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a date</source>
        <translation type="unfinished">значение %1 в строке %2 не является датой</translation>
    </message>
    <message>
        <source>%1 in row %2 is not text</source>
        <translation type="unfinished">значение %1 в строке %2 не является текстом</translation>
    </message>
    <message>
        <source>%1 in row %2 is too long</source>
        <translation type="unfinished">значение %1 в строке %2 слишком длинное</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a list of codes</source>
        <translation type="unfinished">значение %1 в строке %2 не является списком кодов</translation>
    </message>
    <message>
        <source>%1 in row %2 is not yes or no</source>
        <translation type="unfinished">значение %1 в строке %2 — не «да» и не «нет»</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a text per language</source>
        <translation type="unfinished">%1 в строке %2 не является текстом по языкам</translation>
    </message>
    <message>
        <source>%1 in row %2 is not one of the values LC Planner knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a working copy of the plan (%1 MB) would be larger than the file size limit of this account (file too large). Ask your administrator to raise the limit.</source>
        <translation type="unfinished">рабочая копия плана (%1 МБ) превысила бы ограничение размера файла для этой учётной записи (файл слишком большой). Попросите администратора увеличить лимит.</translation>
    </message>
    <message>
        <source>the temporary folder %1 has no room for a working copy of the plan (%2 MB). Free some space there and try again.</source>
        <translation type="unfinished">во временной папке %1 нет места для рабочей копии плана (%2 МБ). Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>a working copy of the plan could not be made in the temporary folder %1: %2</source>
        <translation type="unfinished">не удалось создать рабочую копию плана во временной папке %1: %2</translation>
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
        <translation type="unfinished">Карточку нельзя объединить с самой собой.</translation>
    </message>
    <message>
        <source>%1 has already spent %2 dots: the budget cannot be lower.</source>
        <translation type="unfinished">Группа %1 уже израсходовала точек: %2; бюджет не может быть меньше.</translation>
    </message>
    <message>
        <source>%1 has no dots left: %2 of %3 are spent.</source>
        <translation type="unfinished">У группы %1 не осталось точек: израсходовано %2 из %3.</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation type="unfinished">Выберите карточки, которые нужно превратить в мероприятие или цель.</translation>
    </message>
    <message>
        <source>The prompt code %1 is empty or listed twice.</source>
        <translation type="unfinished">Код подсказки %1 пуст или указан дважды.</translation>
    </message>
    <message>
        <source>The prompt %1 has no text.</source>
        <translation type="unfinished">У подсказки %1 нет текста.</translation>
    </message>
    <message>
        <source>The prompt file %1 cannot be loaded.</source>
        <translation type="unfinished">Не удается загрузить файл подсказок %1.</translation>
    </message>
    <message>
        <source>The file %1 is too big for a prompt catalogue (%2 MB; at most %3 MB).</source>
        <translation type="unfinished">Файл %1 слишком велик для каталога подсказок (%2 МБ; допускается не более %3 МБ).</translation>
    </message>
    <message>
        <source>The file %1 is not a CSV file or an Excel workbook (.xlsx).</source>
        <translation type="unfinished">Файл %1 не является ни файлом CSV, ни книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file %1 is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and load it again.</source>
        <translation type="unfinished">Файл %1 — это файл Excel старого формата (.xls). Сохраните его как книгу Excel (.xlsx) или как CSV UTF-8 и загрузите снова.</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged or is not an Excel workbook (%2).</source>
        <translation type="unfinished">Книга %1 повреждена или не является книгой Excel (%2).</translation>
    </message>
    <message>
        <source>%1, row %2: the text is not UTF-8 (wrong encoding). Save the file as “CSV UTF-8” and load it again.</source>
        <translation type="unfinished">%1, строка %2: текст не в кодировке UTF-8 (неверная кодировка). Сохраните файл в формате «CSV UTF-8» и загрузите снова.</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is missing. A prompt catalogue needs the columns code, area and text_ with a language (text_en, text_tr, …).</source>
        <translation type="unfinished">%1, строка 1: отсутствует столбец %2. В каталоге подсказок должны быть столбцы code, area и text_ с кодом языка (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is there twice.</source>
        <translation type="unfinished">%1, строка 1: столбец %2 встречается дважды.</translation>
    </message>
    <message>
        <source>%1, row 1, column %2: “%3” is not a language code (text_en, text_tr, …).</source>
        <translation type="unfinished">%1, строка 1, столбец %2: «%3» не является кодом языка (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>%1 has no prompts under its first row.</source>
        <translation type="unfinished">В %1 нет подсказок под первой строкой.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; a prompt catalogue holds at most %2 prompts.</source>
        <translation type="unfinished">В %1 больше %2 строк; каталог подсказок может содержать не более %2 подсказок.</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code is empty.</source>
        <translation type="unfinished">%1, строка %2, столбец code: код пуст.</translation>
    </message>
    <message>
        <source>%1, row %2, column area: “%3” is not an area of the framework (B1–B3, BB1–BB6, FC1–FC3).</source>
        <translation type="unfinished">%1, строка %2, столбец area: «%3» не является направлением рамочной основы (B1–B3, BB1–BB6, FC1–FC3).</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code %3 is already used in row %4.</source>
        <translation type="unfinished">%1, строка %2, столбец code: код %3 уже используется в строке %4.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the prompt %4 has no text.</source>
        <translation type="unfinished">%1, строка %2, столбец %3: у подсказки %4 нет текста.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell is too long (%4 characters; at most %5 fit).</source>
        <translation type="unfinished">%1, строка %2, столбец %3: текст ячейки слишком длинный (символов: %4; допускается не более %5).</translation>
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
        <translation type="unfinished">подтверждено</translation>
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
        <translation type="unfinished">% выполнения</translation>
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
        <translation type="unfinished">(нет среди текущих подсказок)</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation type="unfinished">Направление в целом</translation>
    </message>
    <message>
        <source>0 not in place, 1 emerging, 2 established, 3 advanced; Delete: not rated</source>
        <translation type="unfinished">0 — отсутствует, 1 — начальный, 2 — устойчивый, 3 — продвинутый; Delete — без оценки</translation>
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
        <translation type="unfinished">Сводка</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Мероприятия</translation>
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
        <translation type="unfinished">Направление</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Мероприятие</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Ответственный</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% выполнения</translation>
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
        <translation type="unfinished">Показатель</translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Единица измерения</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Базовое значение</translation>
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
        <translation type="unfinished">Год</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Источник финансирования</translation>
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
        <translation type="unfinished">Партнеры</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Итого</translation>
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
        <translation type="unfinished">Книги Excel (*.xlsx)</translation>
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
        <translation type="unfinished">Не удается открыть план</translation>
    </message>
    <message>
        <source>Rescue Data copies what can still be read into a new plan file; this file is not changed.</source>
        <translation type="unfinished">«Восстановить данные» копирует в новый файл плана все, что еще удается прочитать; этот файл не изменяется.</translation>
    </message>
    <message>
        <source>&amp;Rescue Data…</source>
        <translation type="unfinished">Восстановить &amp;данные…</translation>
    </message>
    <message>
        <source>%1 (rescued).lcplan</source>
        <translation type="unfinished">%1 (восстановленный).lcplan</translation>
    </message>
    <message>
        <source>Save the rescued plan as</source>
        <translation type="unfinished">Сохранить восстановленный план как</translation>
    </message>
    <message>
        <source>Cannot rescue the plan</source>
        <translation type="unfinished">Не удается восстановить план</translation>
    </message>
    <message>
        <source>Plan rescued</source>
        <translation type="unfinished">План восстановлен</translation>
    </message>
</context>
<context>
    <name>RescueSummary</name>
    <message numerus="yes">
        <source>%n row(s) were carried into the new plan.</source>
        <translation type="unfinished">
            <numerusform>В новый план перенесена %n строка.</numerusform>
            <numerusform>В новый план перенесено %n строки.</numerusform>
            <numerusform>В новый план перенесено %n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read or broke the plan&apos;s rules and were left behind.</source>
        <translation type="unfinished">
            <numerusform>%n строку не удалось прочитать или она нарушала правила плана, поэтому она не перенесена.</numerusform>
            <numerusform>%n строки не удалось прочитать или они нарушали правила плана, поэтому они не перенесены.</numerusform>
            <numerusform>%n строк не удалось прочитать или они нарушали правила плана, поэтому они не перенесены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the wrong kind were cleared.</source>
        <translation type="unfinished">
            <numerusform>Очищено %n значение неверного типа.</numerusform>
            <numerusform>Очищено %n значения неверного типа.</numerusform>
            <numerusform>Очищено %n значений неверного типа.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roof</name>
    <message>
        <source>The benefits of a learning city: outcomes that objectives aim at</source>
        <translation type="unfinished">Преимущества обучающегося города: результаты, на достижение которых направлены цели</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">Оценка состояния: %1</translation>
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
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Мероприятия</translation>
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
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Закрыть</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>Manage closely</source>
        <translation type="unfinished">Тесно взаимодействовать</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation type="unfinished">Поддерживать удовлетворённость</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation type="unfinished">Держать в курсе</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished">Наблюдать</translation>
    </message>
    <message>
        <source>Influence and interest grid</source>
        <translation type="unfinished">Сетка «влияние — интерес»</translation>
    </message>
    <message>
        <source>Drag an organisation to place it. Keyboard: Up/Down choose, Alt+arrow keys move it by one step.</source>
        <translation type="unfinished">Перетащите организацию, чтобы разместить её. Клавиатура: Вверх/Вниз — выбрать, Alt+стрелки — сдвинуть на один шаг.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Interest: low to high (1–5) →</source>
        <comment>axis under the grid; the arrow points the way interest grows (right to left in a right-to-left language)</comment>
        <translation type="unfinished">Интерес: от низкого к высокому (1–5) →</translation>
    </message>
    <message>
        <source>Influence: low to high (1–5) →</source>
        <comment>axis beside the grid, written upwards; the arrow points up</comment>
        <translation type="unfinished">Влияние: от низкого к высокому (1–5) →</translation>
    </message>
    <message>
        <source>%1: influence %2, interest %3</source>
        <translation type="unfinished">%1: влияние %2, интерес %3</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <source>Present at %1 (Space ticks)</source>
        <translation type="unfinished">Присутствие на семинаре %1 (Пробел — отметить)</translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished">присутствует</translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished">отсутствует</translation>
    </message>
    <message>
        <source>The register&apos;s sector; choose it on the Organisations page.</source>
        <translation type="unfinished">Сектор из реестра; выберите его на странице «Организации».</translation>
    </message>
</context>
<context>
    <name>StakeholderTable</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Представитель</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Сектор</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished">Влияние</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">Интерес</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>&lt;h2&gt;Stakeholders&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Заинтересованные стороны&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished">Заинтересованные стороны</translation>
    </message>
    <message>
        <source>New stakeholder: type an organisation and press Enter</source>
        <translation type="unfinished">Новая заинтересованная сторона: введите организацию и нажмите Enter</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation type="unfinished">Новая заинтересованная сторона</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell, Space ticks a workshop, Delete removes; Alt+arrow keys move the selected one on the grid.</source>
        <translation type="unfinished">F2 или ввод текста — изменить ячейку, Пробел — отметить семинар, Delete — удалить; Alt+стрелки — сдвинуть выбранную сторону по сетке.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshops&lt;/b&gt; (a tick column each; Delete removes one)</source>
        <translation type="unfinished">&lt;b&gt;Семинары&lt;/b&gt; (у каждого свой столбец отметок; Delete удаляет семинар)</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished">Семинары</translation>
    </message>
    <message>
        <source>New workshop: its name, then Enter</source>
        <translation type="unfinished">Новый семинар: название, затем Enter</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished">Новый семинар</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation type="unfinished">Дата семинара</translation>
    </message>
    <message>
        <source>Add &amp;workshop</source>
        <translation type="unfinished">&amp;Добавить семинар</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>A stakeholder is an organisation: type its name.</source>
        <translation type="unfinished">Заинтересованная сторона — это организация: введите её название.</translation>
    </message>
    <message>
        <source>Change the stakeholder&apos;s organisation</source>
        <translation type="unfinished">изменение организации заинтересованной стороны</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation type="unfinished">
            <numerusform>удаление %n заинтересованной стороны</numerusform>
            <numerusform>удаление %n заинтересованных сторон</numerusform>
            <numerusform>удаление %n заинтересованных сторон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stakeholder(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Удалена %n заинтересованная сторона. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>Удалено %n заинтересованные стороны. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>Удалено %n заинтересованных сторон. Отменить можно с помощью Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2, or leave it empty.</source>
        <translation type="unfinished">«%1» не является датой. Введите её как %2 или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Deleted the workshop and who was present at it. Undo with Ctrl+Z.</source>
        <translation type="unfinished">Семинар удалён вместе с отметками о присутствии. Отменить можно с помощью Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished">без оценки</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>&lt;h2&gt;Stock-take&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Оценка состояния&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Load &amp;prompts…</source>
        <translation type="unfinished">&amp;Загрузить подсказки…</translation>
    </message>
    <message>
        <source>Use a city&apos;s own prompts, or the official key features: a CSV or Excel (.xlsx) file with the columns code, area and one text_ column per language (text_en, text_tr, …).</source>
        <translation type="unfinished">Используйте собственные подсказки города или официальные ключевые характеристики: файл CSV или Excel (.xlsx) со столбцами code, area и одним столбцом text_ на каждый язык (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>Prompts and ratings</source>
        <translation type="unfinished">Подсказки и оценки</translation>
    </message>
    <message>
        <source>Initiatives that exist</source>
        <translation type="unfinished">Существующие инициативы</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation type="unfinished">Новая инициатива</translation>
    </message>
    <message>
        <source>&lt;b&gt;Initiatives that already exist&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Уже существующие инициативы&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 · %2&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;%1 · %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Start here: rate the areas, and those rated low are listed here.</source>
        <translation type="unfinished">Начните отсюда: оцените направления, и те, что получат низкую оценку, появятся здесь.</translation>
    </message>
    <message>
        <source>No area is rated below established.</source>
        <translation type="unfinished">Ни одно направление не оценено ниже уровня «устойчивый».</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>area code (level)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Start here: %1</source>
        <translation type="unfinished">Начните отсюда: %1</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation type="unfinished">Направление в целом</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>New initiative for %1: type its title and press Enter</source>
        <translation type="unfinished">Новая инициатива для %1: введите название и нажмите Enter</translation>
    </message>
    <message>
        <source>New initiative for the area as a whole: type its title and press Enter</source>
        <translation type="unfinished">Новая инициатива для направления в целом: введите название и нажмите Enter</translation>
    </message>
    <message>
        <source>Set who runs the initiative</source>
        <translation type="unfinished">назначение организатора инициативы</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n initiative(s)</source>
        <translation type="unfinished">
            <numerusform>удаление %n инициативы</numerusform>
            <numerusform>удаление %n инициатив</numerusform>
            <numerusform>удаление %n инициатив</numerusform>
        </translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished">Загрузить подсказки</translation>
    </message>
    <message>
        <source>Prompt catalogues (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished">Каталоги подсказок (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n prompt(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Загружена %n подсказка. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>Загружено %n подсказки. Отменить можно с помощью Ctrl+Z.</numerusform>
            <numerusform>Загружено %n подсказок. Отменить можно с помощью Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StocktakeTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">Подсказка</translation>
    </message>
    <message>
        <source>Rating (keys 0–3)</source>
        <translation type="unfinished">Оценка (клавиши 0–3)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Обоснование</translation>
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
        <translation type="unfinished">Направление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>&amp;Snapshots…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Планы LC Planner (%1)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished">Сохранить копию как</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished">%1 (копия)</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation type="unfinished">Не удается сохранить копию</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished">Копия сохранена как %1</translation>
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
        <translation type="unfinished">Не начато</translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished">Идет по плану</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished">С задержкой</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Отменено</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation type="unfinished">Местная власть</translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished">Государственная власть</translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished">Образование</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished">Гражданское общество</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished">Частный сектор</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">СМИ</translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished">Международные организации</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished">Местное сообщество</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Партнер</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished">Финансирующая сторона</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation type="unfinished">Исполнитель</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished">Консультант</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation type="unfinished">Муниципальный бюджет</translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished">Государственный бюджет</translation>
    </message>
    <message>
        <source>EU / international</source>
        <translation type="unfinished">ЕС / международные фонды</translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished">Частные средства</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished">Неденежный вклад</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Прочее</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished">Доля</translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished">Количество</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Бюджет</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished">Да / нет</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation type="unfinished">Качественный</translation>
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
        <translation type="unfinished">Отсутствует</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation type="unfinished">Начальный</translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished">Устойчивый</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished">Продвинутый</translation>
    </message>
    <message>
        <source>Quick win</source>
        <extracomment>The quadrants of the impact-effort board (IdeaRow.quadrant).</extracomment>
        <translation type="unfinished">Быстрая победа</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation type="unfinished">Крупный проект</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation type="unfinished">Мелкая задача</translation>
    </message>
    <message>
        <source>Thankless task</source>
        <translation type="unfinished">Неблагодарная задача</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;Планировщик обучающегося города&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Build your learning city&apos;s action plan, building block by building block. Every change is saved at once.</source>
        <translation type="unfinished">Составьте план действий вашего обучающегося города — блок за блоком. Каждое изменение сохраняется сразу.</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished">&amp;Новый план…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished">&amp;Открыть план…</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation type="unfinished">Открыть &amp;демонстрационный план</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation type="unfinished">Пос&amp;ледние планы:</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished">Последние планы</translation>
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
        <translation type="unfinished">Время вышло</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">Пауза</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Продолжить</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Начало</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation type="unfinished">Таймер семинара</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished">Осталось времени</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation type="unfinished">−1 мин</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation type="unfinished">На минуту меньше</translation>
    </message>
    <message>
        <source>One minute less (- or Down)</source>
        <translation type="unfinished">На минуту меньше (- или Вниз)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished">+1 мин</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation type="unfinished">На минуту больше</translation>
    </message>
    <message>
        <source>One minute more (+ or Up)</source>
        <translation type="unfinished">На минуту больше (+ или Вверх)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">Сбросить</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation type="unfinished">Сбросить таймер</translation>
    </message>
    <message>
        <source>Back to the round&apos;s length (R or Backspace)</source>
        <translation type="unfinished">Вернуть исходную длительность раунда (R или Backspace)</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation type="unfinished">Запустить или приостановить</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation type="unfinished">Запустить или приостановить (Пробел)</translation>
    </message>
    <message>
        <source>Round (minutes):</source>
        <translation type="unfinished">Раунд (минуты):</translation>
    </message>
    <message>
        <source>Round length in minutes</source>
        <translation type="unfinished">Длительность раунда в минутах</translation>
    </message>
</context>
<context>
    <name>_TableBox</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Удалить</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>Workplan exported</source>
        <translation type="unfinished">Рабочий план экспортирован</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">Ошибка экспорта</translation>
    </message>
</context>
</TS>
