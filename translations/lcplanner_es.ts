<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished">Ob&amp;jetivo:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Choose another building block or condition to move the action there (Ctrl+Shift+M in the table)</source>
        <translation type="unfinished">Elija otro pilar u otra condición para mover allí la acción (Ctrl+Mayús+M en la tabla)</translation>
    </message>
    <message>
        <source>Building block or condition:</source>
        <translation type="unfinished">Pilar o condición:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation type="unfinished">&amp;Descripción:</translation>
    </message>
    <message>
        <source>Target group&amp;s:</source>
        <translation type="unfinished">Gr&amp;upos destinatarios:</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation type="unfinished">Elija una organización o escriba una nueva</translation>
    </message>
    <message>
        <source>Le&amp;ad:</source>
        <translation type="unfinished">Responsa&amp;ble:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation type="unfinished">&amp;Socios:</translation>
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
        <translation type="unfinished">Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Fecha de finalización</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished">&amp;Fechas:</translation>
    </message>
    <message>
        <source>1 = highest priority, 5 = lowest</source>
        <translation type="unfinished">1 = máxima prioridad, 5 = mínima prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Prioridad</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished">Avance</translation>
    </message>
    <message>
        <source>Status, priorit&amp;y, complete:</source>
        <translation type="unfinished">Estado, p&amp;rioridad, avance:</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">Características clave</translation>
    </message>
    <message>
        <source>&amp;Key features:</source>
        <translation type="unfinished">&amp;Características clave:</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">Áreas de las directrices</translation>
    </message>
    <message>
        <source>G&amp;uideline areas:</source>
        <translation type="unfinished">Áreas de &amp;las directrices:</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation type="unfinished">&amp;Hitos:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished">&amp;Presupuesto:</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation type="unfinished">Indicad&amp;ores:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Risks:</source>
        <translation type="unfinished">Ries&amp;gos:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an action to edit it here.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;Seleccione una acción para editarla aquí.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(sin objetivo)</translation>
    </message>
    <message numerus="yes">
        <source>From the idea “%1” (%n dot(s))</source>
        <translation type="unfinished">
            <numerusform>De la idea «%1» (%n punto)</numerusform>
            <numerusform>De la idea «%1» (%n puntos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Código</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Acción</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Fin</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Presupuesto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Prioridad</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% de avance</translation>
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
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation type="unfinished">
            <numerusform>⚠ %n carencia</numerusform>
            <numerusform>⚠ %n carencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">Diagnóstico: %1</translation>
    </message>
    <message>
        <source>%1
Budget: %2</source>
        <translation type="unfinished">%1
Presupuesto: %2</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Objetivos</translation>
    </message>
    <message>
        <source>F2 renames, Alt+Up/Down reorders, Ctrl+Shift+M moves the objective and its actions to another area</source>
        <translation type="unfinished">F2 cambia el nombre, Alt+Arriba/Abajo cambia el orden, Ctrl+Mayús+M mueve el objetivo con sus acciones a otra área</translation>
    </message>
    <message>
        <source>Objectives (new actions go under the selected one):</source>
        <translation type="unfinished">Objetivos (las nuevas acciones se añaden bajo el objetivo seleccionado):</translation>
    </message>
    <message>
        <source>New objective: type it and press Enter</source>
        <translation type="unfinished">Nuevo objetivo: escríbalo y pulse Enter</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation type="unfinished">Nuevo objetivo</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished">Eliminar objetivo</translation>
    </message>
    <message>
        <source>Filter this area&apos;s actions (Ctrl+F: the whole plan)</source>
        <translation type="unfinished">Filtrar las acciones de esta área (Ctrl+F: todo el plan)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Buscar</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">Todos los estados</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Acciones</translation>
    </message>
    <message>
        <source>Quick add action</source>
        <translation type="unfinished">Añadir acción rápidamente</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;%1 %2&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n action(s))</source>
        <translation type="unfinished">
            <numerusform>%1  %2 (%n acción)</numerusform>
            <numerusform>%1  %2 (%n acciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>New action under %1: type its title and press Enter</source>
        <translation type="unfinished">Nueva acción en %1: escriba su título y pulse Intro</translation>
    </message>
    <message>
        <source>New action (no objective): type its title and press Enter</source>
        <translation type="unfinished">Nueva acción (sin objetivo): escriba su título y pulse Intro</translation>
    </message>
    <message>
        <source>Added %1. Type the next action, or press Tab to edit it.</source>
        <translation type="unfinished">Se ha añadido %1. Escriba la siguiente acción o pulse Tab para editarla.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n action(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Se ha eliminado %n acción. Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>Se han eliminado %n acciones. Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search and the sorting to reorder actions.</source>
        <translation type="unfinished">Borre la búsqueda y quite la ordenación para cambiar el orden de las acciones.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2.</source>
        <translation type="unfinished">«%1» no es una fecha. Escríbala como %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished">Mover objetivo</translation>
    </message>
    <message>
        <source>Move %1 and its actions to:</source>
        <translation type="unfinished">Mover %1 y sus acciones a:</translation>
    </message>
    <message>
        <source>Moved %1 with its actions to %2. Undo with Ctrl+Z.</source>
        <translation type="unfinished">Se ha movido %1 con sus acciones a %2. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Move actions</source>
        <translation type="unfinished">Mover acciones</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to:</source>
        <translation type="unfinished">
            <numerusform>Mover %n acción a:</numerusform>
            <numerusform>Mover %n acciones a:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n action(s) to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Se ha movido %n acción a %1. Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>Se han movido %n acciones a %1. Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective %1 with its %n action(s)? Ctrl+Z brings them back.</source>
        <translation type="unfinished">
            <numerusform>¿Eliminar el objetivo %1 con su %n acción? Ctrl+Z la recupera.</numerusform>
            <numerusform>¿Eliminar el objetivo %1 con sus %n acciones? Ctrl+Z las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the objective with its actions. Undo with Ctrl+Z.</source>
        <translation type="unfinished">Se ha eliminado el objetivo junto con sus acciones. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>AreaStrip</name>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
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
        <translation type="unfinished">Tarjetas que aún no están en la matriz</translation>
    </message>
    <message>
        <source>Not on the board &amp;yet:</source>
        <translation type="unfinished">Aún &amp;fuera de la matriz:</translation>
    </message>
</context>
<context>
    <name>BudgetBox</name>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished">Partidas presupuestarias</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished">Añadir partida presupuestaria</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished">Total: %1</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">confirmado</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">previsto</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation type="unfinished">%1 no es un importe válido.</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <source>Year</source>
        <translation type="unfinished">Año</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Importe</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Fuente de financiación</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished">Confirmado</translation>
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
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Card text</source>
        <translation type="unfinished">Texto de la tarjeta</translation>
    </message>
    <message>
        <source>Enter saves, Shift+Enter starts a new line, Escape cancels</source>
        <translation type="unfinished">Intro guarda, Mayús+Intro inicia una línea nueva, Esc cancela</translation>
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
        <translation type="unfinished">uso:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished">argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished">opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished">mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation type="unfinished">mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>LC Planner: learning-city action plans for UNESCO GNLC workshops.</source>
        <translation type="unfinished">LC Planner: planes de acción de ciudades del aprendizaje para talleres de la GNLC de la UNESCO.</translation>
    </message>
    <message>
        <source>plan file (.lcplan) to open in the window</source>
        <translation type="unfinished">archivo de plan (.lcplan) que se abrirá en la ventana</translation>
    </message>
    <message>
        <source>open a fresh copy of the demo plan</source>
        <translation type="unfinished">abre una copia nueva del plan de demostración</translation>
    </message>
    <message>
        <source>open the plan read-only</source>
        <translation type="unfinished">abre el plan en modo de solo lectura</translation>
    </message>
    <message>
        <source>language of the user interface (e.g. tr, en)</source>
        <translation type="unfinished">idioma de la interfaz de usuario (p. ej., tr, en)</translation>
    </message>
    <message>
        <source>preview the .ts files in DIR (a translator&apos;s working copy) without rebuilding</source>
        <translation type="unfinished">previsualizar los archivos .ts de DIR (copia de trabajo del traductor) sin recompilar</translation>
    </message>
    <message>
        <source>create an empty plan file</source>
        <translation type="unfinished">crea un archivo de plan vacío</translation>
    </message>
    <message>
        <source>city name</source>
        <translation type="unfinished">nombre de la ciudad</translation>
    </message>
    <message>
        <source>plan title (default: the city name)</source>
        <translation type="unfinished">título del plan (por defecto: el nombre de la ciudad)</translation>
    </message>
    <message>
        <source>plan language (default: tr)</source>
        <translation type="unfinished">idioma del plan (por defecto: tr)</translation>
    </message>
    <message>
        <source>first year of the plan period</source>
        <translation type="unfinished">primer año del periodo del plan</translation>
    </message>
    <message>
        <source>last year of the plan period</source>
        <translation type="unfinished">último año del periodo del plan</translation>
    </message>
    <message>
        <source>currency code (default: TRY)</source>
        <translation type="unfinished">código de moneda (por defecto: TRY)</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation type="unfinished">reemplaza un archivo existente</translation>
    </message>
    <message>
        <source>create the demo plan file</source>
        <translation type="unfinished">crea el archivo del plan de demostración</translation>
    </message>
    <message>
        <source>language of the demo</source>
        <translation type="unfinished">idioma de la demostración</translation>
    </message>
    <message>
        <source>show plan properties and the per-area summary</source>
        <translation type="unfinished">muestra las propiedades del plan y el resumen por área</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished">muestra la salida en JSON</translation>
    </message>
    <message>
        <source>check integrity and validity</source>
        <translation type="unfinished">comprueba la integridad y la validez</translation>
    </message>
    <message>
        <source>warnings also fail the check</source>
        <translation type="unfinished">las advertencias también hacen fallar la comprobación</translation>
    </message>
    <message>
        <source>carry the readable data of a damaged or altered plan into a new, clean plan</source>
        <translation type="unfinished">traslada los datos legibles de un plan dañado o modificado a un plan nuevo y limpio</translation>
    </message>
    <message>
        <source>the new plan file (.lcplan)</source>
        <translation type="unfinished">el nuevo archivo de plan (.lcplan)</translation>
    </message>
    <message>
        <source>write the Excel workplan</source>
        <translation type="unfinished">escribe el plan de trabajo en Excel</translation>
    </message>
    <message>
        <source>the workbook to write (.xlsx)</source>
        <translation type="unfinished">el libro de Excel que se escribirá (.xlsx)</translation>
    </message>
    <message>
        <source>language of the workbook (default: the plan&apos;s language)</source>
        <translation type="unfinished">idioma del libro de Excel (por defecto: el idioma del plan)</translation>
    </message>
    <message>
        <source>lcplanner: error: %1</source>
        <translation type="unfinished">lcplanner: error: %1</translation>
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
        <translation type="unfinished">Comandos (lcplanner COMMAND --help para ver la ayuda de cada uno):
  new FILE --city NAME   crea un plan vacío
  demo FILE              crea el plan de demostración
  info FILE [--json]     propiedades del plan y resumen por área
  check FILE             informe de integridad y validación
  export FILE -o X.xlsx  escribe el plan de trabajo en Excel
  pdf FILE -o X.pdf      imprime el plan (o un cartel del templo) en PDF
  rescue FILE -o NEW     traslada los datos de un plan dañado a un plan nuevo</translation>
    </message>
    <message>
        <source>replace the output even if it is a plan file (.lcplan) or not a workbook, or write it under a name that does not end in .xlsx</source>
        <translation type="unfinished">reemplaza la salida aunque sea un archivo de plan (.lcplan) o no sea un libro, o la escribe con un nombre que no termina en .xlsx</translation>
    </message>
    <message>
        <source>include contact persons&apos; phones and e-mails (left out by default: they are personal data)</source>
        <translation type="unfinished">incluye los teléfonos y correos de las personas de contacto (se omiten por defecto: son datos personales)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished">Creado: %1</translation>
    </message>
    <message>
        <source>Created the demo plan %1</source>
        <translation type="unfinished">Plan de demostración creado: %1</translation>
    </message>
    <message>
        <source>%1
%2, %3, %4-%5, %6, language %7</source>
        <translation type="unfinished">%1
%2, %3, %4-%5, %6, idioma %7</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation type="unfinished">Organizaciones: %1</translation>
    </message>
    <message>
        <source>%1 %2: objectives %3, actions %4, budget %5 %6, gaps %7</source>
        <translation type="unfinished">%1 %2: objetivos %3, acciones %4, presupuesto %5 %6, carencias %7</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished">error: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished">advertencia: %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished">%1 errores, %2 advertencias</translation>
    </message>
    <message numerus="yes">
        <source>Rescued %n row(s) into %1.</source>
        <translation type="unfinished">
            <numerusform>Se ha rescatado %n fila en %1.</numerusform>
            <numerusform>Se han rescatado %n filas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left behind %n row(s) that could not be read or broke the plan&apos;s rules.</source>
        <translation type="unfinished">
            <numerusform>Se ha dejado fuera %n fila que no podía leerse o incumplía las reglas del plan.</numerusform>
            <numerusform>Se han dejado fuera %n filas que no podían leerse o incumplían las reglas del plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n value(s) of the wrong kind.</source>
        <translation type="unfinished">
            <numerusform>Se ha borrado %n valor de tipo incorrecto.</numerusform>
            <numerusform>Se han borrado %n valores de tipo incorrecto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>Se ha exportado %n acción a %1.</numerusform>
            <numerusform>Se han exportado %n acciones a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation type="unfinished">
            <numerusform>Se ha eliminado %n carácter que un libro de Excel no puede contener (carácter de control).</numerusform>
            <numerusform>Se han eliminado %n caracteres que un libro de Excel no puede contener (caracteres de control).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n text(s) longer than Excel&apos;s 32,767 characters per cell.</source>
        <translation type="unfinished">
            <numerusform>Se ha recortado %n texto de más de 32.767 caracteres (límite por celda de Excel).</numerusform>
            <numerusform>Se han recortado %n textos de más de 32.767 caracteres (límite por celda de Excel).</numerusform>
        </translation>
    </message>
    <message>
        <source>The name had no extension, so .xlsx was added to it.</source>
        <translation type="unfinished">El nombre no tenía extensión, así que se le añadió .xlsx.</translation>
    </message>
    <message>
        <source>The disk is full, so the command&apos;s output could not be written.</source>
        <translation type="unfinished">El disco está lleno, así que no se pudo escribir la salida del comando.</translation>
    </message>
    <message>
        <source>The command&apos;s output could not be written: %1</source>
        <translation type="unfinished">No se pudo escribir la salida del comando: %1</translation>
    </message>
    <message>
        <source>lcplanner: cannot compile the translations in %1: %2</source>
        <translation type="unfinished">lcplanner: no se pueden compilar las traducciones de %1: %2</translation>
    </message>
    <message>
        <source>lcplanner: no lcplanner_*.ts files in %1</source>
        <translation type="unfinished">lcplanner: no hay archivos lcplanner_*.ts en %1</translation>
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
        <translation type="unfinished">Editar las propiedades del plan</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished">Añadir organización</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished">Editar organización</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished">Eliminar organización</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished">Fusionar organizaciones</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation type="unfinished">Añadir objetivo</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation type="unfinished">Editar objetivo</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished">Eliminar objetivo</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished">Mover objetivo</translation>
    </message>
    <message>
        <source>Move objective to another area</source>
        <translation type="unfinished">Mover objetivo a otra área</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished">Añadir acción</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished">Editar acción</translation>
    </message>
    <message>
        <source>Set lead</source>
        <translation type="unfinished">Asignar responsable</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation type="unfinished">
            <numerusform>Eliminar %n acción</numerusform>
            <numerusform>Eliminar %n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Move action</source>
        <translation type="unfinished">Mover acción</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to another area</source>
        <translation type="unfinished">
            <numerusform>Mover %n acción a otra área</numerusform>
            <numerusform>Mover %n acciones a otra área</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit partners</source>
        <translation type="unfinished">Editar socios</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished">Añadir partida presupuestaria</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation type="unfinished">Editar partida presupuestaria</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation type="unfinished">Eliminar partida presupuestaria</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">Añadir indicador</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished">Editar indicador</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation type="unfinished">Eliminar indicador</translation>
    </message>
    <message>
        <source>Add workshop</source>
        <translation type="unfinished">Añadir taller</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation type="unfinished">Editar taller</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation type="unfinished">Eliminar taller</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation type="unfinished">Añadir parte interesada</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation type="unfinished">Editar parte interesada</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation type="unfinished">Eliminar parte interesada</translation>
    </message>
    <message>
        <source>Mark who was present</source>
        <translation type="unfinished">Marcar la asistencia</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished">Valorar %1</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation type="unfinished">Añadir iniciativa</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation type="unfinished">Editar iniciativa</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation type="unfinished">Eliminar iniciativa</translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished">Cargar indicaciones</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished">Añadir tarjeta</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation type="unfinished">Editar tarjeta</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation type="unfinished">Mover tarjeta</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation type="unfinished">Eliminar tarjeta</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation type="unfinished">Fusionar tarjetas</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">Añadir grupo</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished">Votar</translation>
    </message>
    <message>
        <source>Turn cards into an action</source>
        <translation type="unfinished">Convertir tarjetas en una acción</translation>
    </message>
    <message>
        <source>Turn cards into an objective</source>
        <translation type="unfinished">Convertir tarjetas en un objetivo</translation>
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
        <translation type="unfinished">&amp;Cerrar</translation>
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
        <translation type="unfinished">%1: problema inesperado</translation>
    </message>
    <message>
        <source>%1 ran into an unexpected problem. Your plan is safe: every change was saved when you made it. Please send the details below to whoever supports %1.</source>
        <translation type="unfinished">%1 ha tenido un problema inesperado. Su plan está a salvo: cada cambio se guardó en el momento en que lo hizo. Envíe los detalles que aparecen a continuación a la persona o al servicio que da soporte técnico a %1.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished">Detalles del error</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished">&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished">Copiar detalles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cerrar</translation>
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
        <translation type="unfinished">Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Línea de base</translation>
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
        <translation type="unfinished">Código</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Acción</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">In&amp;dicadores frente a sus metas</translation>
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
        <translation type="unfinished">p. ej. %1</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished">Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished">Calendario para %1</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished">Borrar la fecha</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished">Borrar %1</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1, or leave it empty; Escape puts the saved date back.</source>
        <translation type="unfinished">No es una fecha. Escríbala como %1 o déjela vacía; Esc recupera la fecha guardada.</translation>
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
        <translation type="unfinished">Acción</translation>
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
        <translation type="unfinished">Ciudad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Código</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">País</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Completada</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished">Puntos</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished">Esfuerzo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Evidencias</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Grupo</translation>
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
        <translation type="unfinished">Impacto</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indicador</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished">Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">Interés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Valoración</translation>
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
        <translation type="unfinished">Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">Objetivo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished">Gestionada por</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% de avance</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Último año</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">Primer año</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Persona</translation>
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
        <translation type="unfinished">Indicación</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">Alcance</translation>
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
        <translation type="unfinished">Estado</translation>
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
        <translation type="unfinished">Visión</translation>
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
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
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
        <translation type="unfinished">Portada</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Resumen</translation>
    </message>
    <message>
        <source>Fundamental conditions</source>
        <translation type="unfinished">Condic. fundamentales</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Cronograma</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indicadores</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Presupuesto</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organizaciones</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation type="unfinished">Diagnóstico</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished">Ideas</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">País</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">Visión</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation type="unfinished">Periodo del plan</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation type="unfinished">Número de acciones</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished">Presupuesto total</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished">Marco</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">Características clave</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Código</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">Objetivo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Acción</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Descripción</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">Grupos destinatarios</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.
----------
In the responsibilities matrix: the organisation leads the action.</extracomment>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation type="unfinished">Socios (función)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Fin</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation type="unfinished">Total del presupuesto</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">Fuentes de financiación</translation>
    </message>
    <message>
        <source>Indicators (baseline → target)</source>
        <translation type="unfinished">Indicadores (línea de base → meta)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% de avance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Prioridad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
    </message>
    <message>
        <source>ID (do not edit)</source>
        <translation type="unfinished">ID (no modificar)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Objetivos</translation>
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
        <translation type="unfinished">Socios</translation>
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
        <translation type="unfinished">Áreas de las directrices</translation>
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
        <translation type="unfinished">Acciones</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished">Presupuesto %1</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation type="unfinished">Acciones con datos pendientes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <source>Objective or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indicador</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Línea de base</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">Año de base</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">Valor meta</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished">Año meta</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Valor alcanzado</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Fuente de datos</translation>
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
        <translation type="unfinished">Año</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Fuente de financiación</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation type="unfinished">Confirmado o previsto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Importe</translation>
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
        <translation type="unfinished">sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">confirmado</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">previsto</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation type="unfinished">Total confirmado</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation type="unfinished">Total previsto</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished">Total %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sector</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">Persona de contacto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
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
        <translation type="unfinished">Responsable de</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">Socio en</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished">T%1 %2</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished">Leyenda</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished">Todavía no hay acciones.</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(sin objetivo)</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation type="unfinished">Página &amp;P de &amp;N</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">Indicación</translation>
    </message>
    <message>
        <source>Key feature</source>
        <translation type="unfinished">Característica clave</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Valoración</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Evidencias</translation>
    </message>
    <message>
        <source>Existing initiative</source>
        <translation type="unfinished">Iniciativa existente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Entidad gestora</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">Alcance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Nota</translation>
    </message>
    <message>
        <source>(the area as a whole)</source>
        <translation type="unfinished">(el área en su conjunto)</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished">Idea</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Autor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Grupo</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished">Puntos</translation>
    </message>
    <message>
        <source>Votes by group</source>
        <translation type="unfinished">Votos por grupo</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished">Impacto</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished">Esfuerzo</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished">Cuadrante</translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished">Se convirtió en</translation>
    </message>
    <message>
        <source>action %1</source>
        <extracomment>What a card became: %1 is a code (&quot;BB1-3&quot;).</extracomment>
        <translation type="unfinished">acción %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation type="unfinished">objetivo %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export workplan</source>
        <translation type="unfinished">Exportar el plan de trabajo</translation>
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
        <translation type="unfinished">Libros de Excel (*.xlsx)</translation>
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
        <translation type="unfinished">Plan de trabajo de %1</translation>
    </message>
    <message>
        <source>Export workplan</source>
        <translation type="unfinished">Exportar el plan de trabajo</translation>
    </message>
    <message>
        <source>Writing the workplan…</source>
        <translation type="unfinished">Escribiendo el plan de trabajo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>Se ha exportado %n acción a %1.</numerusform>
            <numerusform>Se han exportado %n acciones a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation type="unfinished">
            <numerusform>Se ha eliminado %n carácter que un libro de Excel no puede contener (carácter de control).</numerusform>
            <numerusform>Se han eliminado %n caracteres que un libro de Excel no puede contener (caracteres de control).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Actions (%1)</source>
        <translation type="unfinished">Acciones (%1)</translation>
    </message>
    <message>
        <source>Objectives (%1)</source>
        <translation type="unfinished">Objetivos (%1)</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation type="unfinished">Organizaciones (%1)</translation>
    </message>
    <message>
        <source>Indicators (%1)</source>
        <translation type="unfinished">Indicadores (%1)</translation>
    </message>
    <message>
        <source>Find in the whole plan</source>
        <translation type="unfinished">Buscar en todo el plan</translation>
    </message>
    <message>
        <source>Actions, objectives, organisations, indicators: type a word</source>
        <translation type="unfinished">Acciones, objetivos, organizaciones, indicadores: escriba una palabra</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">Filtro de estado</translation>
    </message>
    <message>
        <source>Lead filter</source>
        <translation type="unfinished">Filtro de responsable</translation>
    </message>
    <message>
        <source>Only actions with gaps</source>
        <translation type="unfinished">Solo acciones con carencias</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Resultados</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Todos los estados</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation type="unfinished">Todos los responsables</translation>
    </message>
    <message>
        <source>Type a word to search every area of the plan.</source>
        <translation type="unfinished">Escriba una palabra para buscar en todas las áreas del plan.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished">No se ha encontrado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the whole plan.</source>
        <translation type="unfinished">
            <numerusform>%n resultado en todo el plan.</numerusform>
            <numerusform>%n resultados en todo el plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches as typed; %n found when accents are ignored.</source>
        <translation type="unfinished">
            <numerusform>Nada coincide tal como se ha escrito; %n resultado si se ignoran los acentos.</numerusform>
            <numerusform>Nada coincide tal como se ha escrito; %n resultados si se ignoran los acentos.</numerusform>
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
        <translation type="unfinished">Empoderamiento individual y cohesión social</translation>
    </message>
    <message>
        <source>Empowerment and cohesion</source>
        <translation type="unfinished">Empoderamiento, cohesión</translation>
    </message>
    <message>
        <source>Economic development and cultural prosperity</source>
        <translation type="unfinished">Desarrollo económico y prosperidad cultural</translation>
    </message>
    <message>
        <source>Economy and culture</source>
        <translation type="unfinished">Economía y cultura</translation>
    </message>
    <message>
        <source>Sustainable development</source>
        <translation type="unfinished">Desarrollo sostenible</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation type="unfinished">Sostenibilidad</translation>
    </message>
    <message>
        <source>Inclusive learning in the education system</source>
        <translation type="unfinished">Aprendizaje inclusivo en el sistema educativo</translation>
    </message>
    <message>
        <source>Education system</source>
        <translation type="unfinished">Sistema educativo</translation>
    </message>
    <message>
        <source>Re-vitalised learning in families and communities</source>
        <translation type="unfinished">Revitalización del aprendizaje en las familias y las comunidades</translation>
    </message>
    <message>
        <source>Families and communities</source>
        <translation type="unfinished">Familias y comunidades</translation>
    </message>
    <message>
        <source>Effective learning for and in the workplace</source>
        <translation type="unfinished">Aprendizaje eficaz para el trabajo y en el lugar de trabajo</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished">Lugar de trabajo</translation>
    </message>
    <message>
        <source>Extended use of modern learning technologies</source>
        <translation type="unfinished">Ampliación del uso de las tecnologías modernas de aprendizaje</translation>
    </message>
    <message>
        <source>Learning technologies</source>
        <translation type="unfinished">TIC para el aprendizaje</translation>
    </message>
    <message>
        <source>Enhanced quality in learning</source>
        <translation type="unfinished">Mejora de la calidad del aprendizaje</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished">Calidad</translation>
    </message>
    <message>
        <source>A vibrant culture of learning throughout life</source>
        <translation type="unfinished">Una cultura dinámica del aprendizaje a lo largo de toda la vida</translation>
    </message>
    <message>
        <source>Culture of learning</source>
        <translation type="unfinished">Cultura del aprendizaje</translation>
    </message>
    <message>
        <source>Strong political will and commitment</source>
        <translation type="unfinished">Firme voluntad y compromiso políticos</translation>
    </message>
    <message>
        <source>Political will</source>
        <translation type="unfinished">Voluntad política</translation>
    </message>
    <message>
        <source>Governance and participation of all stakeholders</source>
        <translation type="unfinished">Gobernanza y participación de todas las partes interesadas</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished">Gobernanza</translation>
    </message>
    <message>
        <source>Mobilisation and utilisation of resources</source>
        <translation type="unfinished">Movilización y utilización de recursos</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished">Recursos</translation>
    </message>
    <message>
        <source>The key-feature prompts are LC Planner&apos;s short paraphrase of the UNESCO Institute for Lifelong Learning&apos;s Key Features of Learning Cities (Beijing, 2013), not the official text.</source>
        <translation type="unfinished">Las indicaciones sobre características clave son un breve resumen, redactado por LC Planner con sus propias palabras, de las Características clave de las ciudades del aprendizaje (Beijing, 2013) del Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida; no son el texto oficial.</translation>
    </message>
    <message>
        <source>Framework: UNESCO Institute for Lifelong Learning, Key Features of Learning Cities (2013) and Guidelines for Building Learning Cities (2015).</source>
        <translation type="unfinished">Marco: Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida, Características clave de las ciudades del aprendizaje (2013) y Directrices para la creación de ciudades del aprendizaje (2015).</translation>
    </message>
    <message>
        <source>Early childhood care and education</source>
        <translation type="unfinished">Atención y educación de la primera infancia</translation>
    </message>
    <message>
        <source>Access and participation from primary to higher education</source>
        <translation type="unfinished">Acceso y participación desde la educación primaria hasta la superior</translation>
    </message>
    <message>
        <source>Adult education and vocational training</source>
        <translation type="unfinished">Educación de adultos y formación profesional</translation>
    </message>
    <message>
        <source>Support for marginalised groups and migrant families</source>
        <translation type="unfinished">Apoyo a los grupos marginados y a las familias migrantes</translation>
    </message>
    <message>
        <source>Community learning spaces: centres, libraries, museums</source>
        <translation type="unfinished">Espacios comunitarios de aprendizaje: centros, bibliotecas, museos</translation>
    </message>
    <message>
        <source>Residents take part in community learning</source>
        <translation type="unfinished">Los habitantes participan en el aprendizaje comunitario</translation>
    </message>
    <message>
        <source>Reaching groups at risk: families in need, migrants, people with disabilities, minorities, older learners</source>
        <translation type="unfinished">Llegar a los grupos en situación de riesgo: familias necesitadas, migrantes, personas con discapacidad, minorías, educandos de edad avanzada</translation>
    </message>
    <message>
        <source>Valuing local history, culture and indigenous knowledge</source>
        <translation type="unfinished">Valoración de la historia y la cultura locales y de los saberes indígenas</translation>
    </message>
    <message>
        <source>Public and private bodies become learning organisations</source>
        <translation type="unfinished">Los organismos públicos y privados se convierten en organizaciones que aprenden</translation>
    </message>
    <message>
        <source>Learning for every employee, migrant workers included</source>
        <translation type="unfinished">Aprendizaje para todos los empleados, incluidos los trabajadores migrantes</translation>
    </message>
    <message>
        <source>Employers and unions back workplace learning</source>
        <translation type="unfinished">Los empleadores y los sindicatos apoyan el aprendizaje en el lugar de trabajo</translation>
    </message>
    <message>
        <source>Learning for unemployed young people and adults</source>
        <translation type="unfinished">Aprendizaje para jóvenes y adultos desempleados</translation>
    </message>
    <message>
        <source>Administrators, teachers and educators trained to use learning technologies</source>
        <translation type="unfinished">Administradores, docentes y educadores formados en el uso de las tecnologías de aprendizaje</translation>
    </message>
    <message>
        <source>Every resident can reach computers and the internet</source>
        <translation type="unfinished">Todos los habitantes pueden acceder a equipos informáticos y a internet</translation>
    </message>
    <message>
        <source>Good e-learning resources</source>
        <translation type="unfinished">Buenos recursos de aprendizaje electrónico</translation>
    </message>
    <message>
        <source>From teaching to learning: creativity and learning to learn</source>
        <translation type="unfinished">De la enseñanza al aprendizaje: creatividad y aprender a aprender</translation>
    </message>
    <message>
        <source>Shared values and tolerance</source>
        <translation type="unfinished">Valores compartidos y tolerancia</translation>
    </message>
    <message>
        <source>Well-trained educators</source>
        <translation type="unfinished">Educadores bien formados</translation>
    </message>
    <message>
        <source>Learner-friendly places, special needs included</source>
        <translation type="unfinished">Espacios adaptados a los educandos, incluidas las necesidades especiales</translation>
    </message>
    <message>
        <source>Public events that celebrate learning, such as learning festivals</source>
        <translation type="unfinished">Actos públicos que celebran el aprendizaje, como los festivales del aprendizaje</translation>
    </message>
    <message>
        <source>Information, guidance and support for learners</source>
        <translation type="unfinished">Información, orientación y apoyo para los educandos</translation>
    </message>
    <message>
        <source>Media, libraries and cultural institutions promote learning</source>
        <translation type="unfinished">Los medios de comunicación, las bibliotecas y las instituciones culturales promueven el aprendizaje</translation>
    </message>
    <message>
        <source>All forms of learning are recognised and rewarded</source>
        <translation type="unfinished">Todas las formas de aprendizaje se reconocen y se recompensan</translation>
    </message>
    <message>
        <source>City leaders commit to building a learning city</source>
        <translation type="unfinished">Los dirigentes de la ciudad se comprometen a construir una ciudad del aprendizaje</translation>
    </message>
    <message>
        <source>A lifelong-learning strategy and plan made with all partners</source>
        <translation type="unfinished">Una estrategia y un plan de aprendizaje a lo largo de toda la vida elaborados con todos los socios</translation>
    </message>
    <message>
        <source>Progress is monitored and reported</source>
        <translation type="unfinished">Se hace un seguimiento de los avances y se informa sobre ellos</translation>
    </message>
    <message>
        <source>A coordination body across sectors</source>
        <translation type="unfinished">Un órgano de coordinación intersectorial</translation>
    </message>
    <message>
        <source>Every stakeholder contributes: public, private, civil society, education</source>
        <translation type="unfinished">Todas las partes interesadas contribuyen: sector público, sector privado, sociedad civil, educación</translation>
    </message>
    <message>
        <source>Partnerships, international ones included</source>
        <translation type="unfinished">Alianzas, incluidas las internacionales</translation>
    </message>
    <message>
        <source>More investment in lifelong learning from every source</source>
        <translation type="unfinished">Más inversión en el aprendizaje a lo largo de toda la vida procedente de todas las fuentes</translation>
    </message>
    <message>
        <source>Stakeholders&apos; resources used well; new ways of funding</source>
        <translation type="unfinished">Buen uso de los recursos de las partes interesadas; nuevas formas de financiación</translation>
    </message>
    <message>
        <source>Learning opportunities for disadvantaged groups are funded</source>
        <translation type="unfinished">Se financian oportunidades de aprendizaje para los grupos desfavorecidos</translation>
    </message>
    <message>
        <source>Volunteers contribute their time and skills</source>
        <translation type="unfinished">Los voluntarios aportan su tiempo y sus competencias</translation>
    </message>
    <message>
        <source>Cities exchange ideas and experience</source>
        <translation type="unfinished">Las ciudades intercambian ideas y experiencias</translation>
    </message>
    <message>
        <source>Develop a plan</source>
        <translation type="unfinished">Elaborar un plan</translation>
    </message>
    <message>
        <source>Coordinate all stakeholders</source>
        <translation type="unfinished">Coordinar a todas las partes interesadas</translation>
    </message>
    <message>
        <source>Celebrate learning</source>
        <translation type="unfinished">Celebrar el aprendizaje</translation>
    </message>
    <message>
        <source>Learning accessible to all</source>
        <translation type="unfinished">Aprendizaje accesible para todos</translation>
    </message>
    <message>
        <source>Monitor and evaluate</source>
        <translation type="unfinished">Seguimiento y evaluación</translation>
    </message>
    <message>
        <source>Sustainable funding</source>
        <translation type="unfinished">Financiación sostenible</translation>
    </message>
</context>
<context>
    <name>GapsDialog</name>
    <message>
        <source>Gaps</source>
        <translation type="unfinished">Carencias</translation>
    </message>
    <message>
        <source>What the plan still lacks. Enter or a double-click goes to the field.</source>
        <translation type="unfinished">Lo que aún le falta al plan. Intro o un doble clic lleva al campo.</translation>
    </message>
    <message>
        <source>No gaps: every action has a lead, an indicator, a budget and dates.</source>
        <translation type="unfinished">Sin carencias: cada acción tiene responsable, indicador, presupuesto y fechas.</translation>
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
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
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
        <translation type="unfinished">Victorias rápidas</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation type="unfinished">Grandes proyectos</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation type="unfinished">Tareas de relleno</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation type="unfinished">Tareas ingratas</translation>
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
        <translation type="unfinished">Área de las tarjetas nuevas</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down in the idea field choose the area too; drop cards here to move them to this area</source>
        <translation type="unfinished">Alt+Arriba / Alt+Abajo en el campo de la idea también eligen el área; suelte aquí tarjetas para moverlas a esta área</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation type="unfinished">Escriba una idea y pulse Intro</translation>
    </message>
    <message>
        <source>New card</source>
        <translation type="unfinished">Nueva tarjeta</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">opcional</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Autor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Grupo</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">Á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation type="unfinished">I&amp;dea:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation type="unfinished">A&amp;utor:</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation type="unfinished">&amp;Grupo:</translation>
    </message>
    <message>
        <source>Voter group</source>
        <translation type="unfinished">Grupo de votación</translation>
    </message>
    <message>
        <source>Whose dots + / − and the digits set on the selected card</source>
        <translation type="unfinished">Grupo cuyos puntos ponen + / − y las cifras en la tarjeta seleccionada</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation type="unfinished">Nombre y, luego, Intro</translation>
    </message>
    <message>
        <source>New voter group</source>
        <translation type="unfinished">Nuevo grupo de votación</translation>
    </message>
    <message>
        <source>Dots of the new group</source>
        <translation type="unfinished">Puntos del nuevo grupo</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">Añadir grupo</translation>
    </message>
    <message>
        <source>Vo&amp;tes of:</source>
        <translation type="unfinished">Vo&amp;tos de:</translation>
    </message>
    <message>
        <source>&amp;New group:</source>
        <translation type="unfinished">&amp;Nuevo grupo:</translation>
    </message>
    <message>
        <source>Bu&amp;dget:</source>
        <translation type="unfinished">Cu&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Sort by dots</source>
        <translation type="unfinished">&amp;Ordenar por puntos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">Mostrar</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished">Todas las tarjetas</translation>
    </message>
    <message>
        <source>Not on the board yet</source>
        <translation type="unfinished">Aún fuera de la matriz</translation>
    </message>
    <message>
        <source>&amp;Quadrant:</source>
        <translation type="unfinished">&amp;Cuadrante:</translation>
    </message>
    <message>
        <source>Idea wall</source>
        <translation type="unfinished">Mural de ideas</translation>
    </message>
    <message>
        <source>Impact–effort board</source>
        <translation type="unfinished">Matriz impacto–esfuerzo</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation type="unfinished">Mura&amp;l</translation>
    </message>
    <message>
        <source>Impact–effort &amp;board</source>
        <translation type="unfinished">Matri&amp;z impacto–esfuerzo</translation>
    </message>
    <message>
        <source>Enter adds a card. On a card: F2 edit · Delete · Alt+←/→ other area · Ctrl+M merge · + / − or 0–9 dots · Ctrl+arrows on the board · Ctrl+Enter action · Ctrl+Shift+Enter objective</source>
        <translation type="unfinished">Intro añade una tarjeta. En una tarjeta: F2 editar · Supr eliminar · Alt+←/→ otra área · Ctrl+M fusionar · + / − o 0–9 puntos · Ctrl+flechas en la matriz · Ctrl+Intro acción · Ctrl+Mayús+Intro objetivo</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>voter group: name, dots spent/budget</comment>
        <translation type="unfinished">%1 %2/%3</translation>
    </message>
    <message>
        <source>Card added to %1. Type the next one; Ctrl+Z takes it back.</source>
        <translation type="unfinished">Tarjeta añadida a %1. Escriba la siguiente; Ctrl+Z la deshace.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation type="unfinished">
            <numerusform>Eliminar %n tarjeta</numerusform>
            <numerusform>Eliminar %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n card(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Se ha eliminado %n tarjeta. Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>Se han eliminado %n tarjetas. Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation type="unfinished">
            <numerusform>Mover %n tarjeta</numerusform>
            <numerusform>Mover %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Se ha movido %n tarjeta a %1. Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>Se han movido %n tarjetas a %1. Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation type="unfinished">Mover tarjetas</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to:</source>
        <translation type="unfinished">
            <numerusform>Mover %n tarjeta a:</numerusform>
            <numerusform>Mover %n tarjetas a:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two cards to merge (Ctrl+click or Shift+arrows).</source>
        <translation type="unfinished">Seleccione dos tarjetas para fusionarlas (Ctrl+clic o Mayús+flechas).</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation type="unfinished">Fusionar tarjetas</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n card(s) into one. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Se ha fusionado %n tarjeta en una sola. Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>Se han fusionado %n tarjetas en una sola. Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a card first.</source>
        <translation type="unfinished">Elija primero una tarjeta.</translation>
    </message>
    <message>
        <source>Add a voter group first: its name and its dots.</source>
        <translation type="unfinished">Añada primero un grupo de votación: su nombre y sus puntos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n dot(s) on this card.</source>
        <translation type="unfinished">
            <numerusform>%1 tiene %n punto en esta tarjeta.</numerusform>
            <numerusform>%1 tiene %n puntos en esta tarjeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n card(s) on the board</source>
        <translation type="unfinished">
            <numerusform>Colocar %n tarjeta en la matriz</numerusform>
            <numerusform>Colocar %n tarjetas en la matriz</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board: impact %1, effort %2 (%3).</source>
        <translation type="unfinished">En la matriz: impacto %1, esfuerzo %2 (%3).</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation type="unfinished">Elija las tarjetas que desea convertir en una acción o en un objetivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the action %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n tarjeta se ha convertido en la acción %1. Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>%n tarjetas se han convertido en la acción %1. Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the objective %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n tarjeta se ha convertido en el objetivo %1. Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>%n tarjetas se han convertido en el objetivo %1. Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 can spend %n dot(s).</source>
        <translation type="unfinished">
            <numerusform>%1 puede repartir %n punto.</numerusform>
            <numerusform>%1 puede repartir %n puntos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactEffortBoard</name>
    <message>
        <source>Effort →</source>
        <translation type="unfinished">Esfuerzo →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation type="unfinished">Impacto →</translation>
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
        <translation type="unfinished">Código</translation>
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
        <translation type="unfinished">Objetivo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Descripción</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">Grupos destinatarios</translation>
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
        <translation type="unfinished">Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Fecha de finalización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% de avance</translation>
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
        <translation type="unfinished">Fuente de financiación</translation>
    </message>
    <message>
        <source>Indicators (KPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation type="unfinished">Fila de encabe&amp;zado:</translation>
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
        <translation type="unfinished">Área de las &amp;filas sin área:</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;mapping…</source>
        <translation type="unfinished">&amp;Guardar asignación…</translation>
    </message>
    <message>
        <source>L&amp;oad mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">Impo&amp;rtar</translation>
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
        <translation type="unfinished">(elegir)</translation>
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
        <translation type="unfinished">Apli&amp;car</translation>
    </message>
</context>
<context>
    <name>IndicatorBox</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indicadores</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">Añadir indicador</translation>
    </message>
    <message>
        <source>New indicator, e.g. number of participants</source>
        <translation type="unfinished">Nuevo indicador, p. ej., número de participantes</translation>
    </message>
    <message>
        <source>New indicator name</source>
        <translation type="unfinished">Nombre del nuevo indicador</translation>
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
        <translation type="unfinished">Nuevo indicador</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished">sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished">%1 no es un número.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indicador</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Línea de base</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">Año de base</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">Valor meta</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished">Año meta</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Valor alcanzado</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Fuente de datos</translation>
    </message>
</context>
<context>
    <name>InitiativeTable</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished">Iniciativa</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished">Gestionada por</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">Alcance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Nota</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">Indicación</translation>
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
        <translation type="unfinished">Navegador</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished">&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished">&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <translation type="unfinished">Abrir el plan de &amp;demostración</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation type="unfinished">Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>&amp;Export Workplan…</source>
        <translation type="unfinished">E&amp;xportar el plan de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">C&amp;errar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished">&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished">Modo de &amp;presentación</translation>
    </message>
    <message>
        <source>Action &amp;Editor</source>
        <translation type="unfinished">&amp;Editor de acciones</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished">Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Workshop &amp;Timer</source>
        <translation type="unfinished">Temporizador del taller</translation>
    </message>
    <message>
        <source>&amp;About LC Planner</source>
        <translation type="unfinished">&amp;Acerca de LC Planner</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress Repor&amp;t…</source>
        <translation type="unfinished">In&amp;forme de progreso…</translation>
    </message>
    <message>
        <source>&amp;Import Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Ver</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation type="unfinished">Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished">Panel &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Gaps…</source>
        <translation type="unfinished">Ca&amp;rencias…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished">&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">Idio&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">A&amp;yuda</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation type="unfinished">Plan en uso</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation type="unfinished">%1

¿Desea abrirlo en modo de solo lectura?</translation>
    </message>
    <message>
        <source>Upgraded the plan file; the old version is kept as %1</source>
        <translation type="unfinished">Se ha actualizado el archivo del plan; la versión anterior se conserva como %1</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished">Abrir plan</translation>
    </message>
    <message>
        <source>LC Planner plans (%1)</source>
        <translation type="unfinished">Planes de LC Planner (%1)</translation>
    </message>
    <message>
        <source>Demo plan</source>
        <translation type="unfinished">Plan de demostración</translation>
    </message>
    <message>
        <source>Cannot create the demo plan</source>
        <translation type="unfinished">No se puede crear el plan de demostración</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation type="unfinished">Guardar el nuevo plan como</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation type="unfinished">No se puede crear el plan</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished">Guardado: %1</translation>
    </message>
    <message>
        <source>%1 – LC Planner</source>
        <translation type="unfinished">%1 – LC Planner</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation type="unfinished">%1 [solo lectura]</translation>
    </message>
    <message>
        <source>About LC Planner</source>
        <translation type="unfinished">Acerca de LC Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı: learning-city action plans for workshops, offline.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;Planificador de Ciudades del Aprendizaje: planes de acción de ciudades del aprendizaje para talleres, sin conexión.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licencia: GNU GPL versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 no es una fecha válida.</translation>
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
        <translation type="unfinished">Nota</translation>
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
        <translation type="unfinished">Añadi&amp;r</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">&amp;Nueva:</translation>
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
        <translation type="unfinished">&amp;Fusionar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
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
        <translation type="unfinished">Cam&amp;bios (%1)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished">Edita&amp;r…</translation>
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
        <translation type="unfinished">%1 no es una fecha válida.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation type="unfinished">In&amp;formes:</translation>
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
        <translation type="unfinished">Á&amp;rea:</translation>
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
        <translation type="unfinished">Código</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Acción</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% de avance</translation>
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
        <translation type="unfinished">1 Partes interesadas</translation>
    </message>
    <message>
        <source>2 Stock-take</source>
        <translation type="unfinished">2 Diagnóstico</translation>
    </message>
    <message>
        <source>3 Ideas and votes</source>
        <translation type="unfinished">3 Ideas y votos</translation>
    </message>
    <message>
        <source>Workshop, step 1: who is in the room and who should be (Ctrl+Shift+1)</source>
        <translation type="unfinished">Taller, paso 1: quién está en la sala y quién debería estar (Ctrl+Mayús+1)</translation>
    </message>
    <message>
        <source>Workshop, step 2: what the city already has, area by area (Ctrl+Shift+2)</source>
        <translation type="unfinished">Taller, paso 2: lo que la ciudad ya tiene, área por área (Ctrl+Mayús+2)</translation>
    </message>
    <message>
        <source>Workshop, steps 3 and 4: ideas on the wall, dots and the impact-effort board; the best become actions (Ctrl+Shift+3)</source>
        <translation type="unfinished">Taller, pasos 3 y 4: ideas en el muro, puntos y la matriz impacto–esfuerzo; las mejores se convierten en acciones (Ctrl+Mayús+3)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Cronograma</translation>
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
        <translation type="unfinished">Visión general</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organizaciones</translation>
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
            <numerusform>%1: %2, %n acción</numerusform>
            <numerusform>%1: %2, %n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (some actions lack a lead, an indicator, a budget or dates)</source>
        <translation type="unfinished">%1 (a algunas acciones les falta responsable, indicador, presupuesto o fechas)</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished">Nuevo plan</translation>
    </message>
    <message>
        <source>Learning City Action Plan</source>
        <translation type="unfinished">Plan de acción de la ciudad del aprendizaje</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">Primer año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Último año</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Ciudad:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">&amp;Periodo:</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation type="unfinished">Idioma &amp;del plan:</translation>
    </message>
    <message>
        <source>%1 Learning City Action Plan</source>
        <translation type="unfinished">Plan de acción de %1 como ciudad del aprendizaje</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>(choose)</source>
        <translation type="unfinished">(elegir)</translation>
    </message>
    <message>
        <source>No sector yet: choose one (double-click the Sector cell).</source>
        <translation type="unfinished">Aún sin sector: elija uno (doble clic en la celda Sector).</translation>
    </message>
</context>
<context>
    <name>OrganisationTable</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sector</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">Persona de contacto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Responsable de</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">Socio en</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>&lt;h2&gt;Organisations&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Organizaciones&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organizaciones</translation>
    </message>
    <message>
        <source>New organisation: type its name and press Enter</source>
        <translation type="unfinished">Nueva organización: escriba su nombre y pulse Enter</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished">Nueva organización</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished">&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Select two organisations that are the same, then merge</source>
        <translation type="unfinished">Seleccione dos organizaciones que sean la misma y luego fusiónelas</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">E&amp;liminar</translation>
    </message>
    <message>
        <source>Actions of the organisation</source>
        <translation type="unfinished">Acciones de la organización</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished">Eliminar organización</translation>
    </message>
    <message>
        <source>Select exactly two organisations to merge.</source>
        <translation type="unfinished">Seleccione exactamente dos organizaciones para fusionarlas.</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished">Fusionar organizaciones</translation>
    </message>
    <message>
        <source>Keep which name? The other is merged into it.</source>
        <translation type="unfinished">¿Qué nombre desea conservar? La otra organización se fusionará con esta.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an organisation to see its actions.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;Seleccione una organización para ver sus acciones.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;i&gt;ninguna&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</source>
        <translation type="unfinished">&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Leads %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform>&lt;p&gt;&lt;b&gt;Responsable de %n acción:&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Responsable de %n acciones:&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Partner in %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform>&lt;p&gt;&lt;b&gt;Socio en %n acción:&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Socio en %n acciones:&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Plan properties</source>
        <translation type="unfinished">Propiedades del plan</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">Primer año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Último año</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Ciudad:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Título:</translation>
    </message>
    <message>
        <source>V&amp;ision:</source>
        <translation type="unfinished">Vi&amp;sión:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">Pe&amp;riodo:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished">M&amp;oneda:</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation type="unfinished">Idioma &amp;del plan:</translation>
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
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Función</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Socios</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished">Organización socia</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation type="unfinished">Elija una organización o escriba una nueva</translation>
    </message>
    <message>
        <source>Partner role</source>
        <translation type="unfinished">Función del socio</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished">Añadir socio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Quitar</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">Función de %1</translation>
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
        <translation type="unfinished">Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">País</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">Visión</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation type="unfinished">Periodo del plan</translation>
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
        <translation type="unfinished">Fecha de exportación</translation>
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
        <translation type="unfinished">Número de acciones</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished">Presupuesto total</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Objetivos</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Acciones</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Presupuesto</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation type="unfinished">Total del presupuesto</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation type="unfinished">Acciones con datos pendientes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
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
        <translation type="unfinished">Indicadores</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(sin objetivo)</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished">Todavía no hay acciones.</translation>
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
        <translation type="unfinished">Organizaciones</translation>
    </message>
    <message>
        <source>Contact persons, e-mail addresses and phone numbers are kept in the plan file and not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Descripción</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">Grupos destinatarios</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation type="unfinished">Socios (función)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% de avance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Prioridad</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">Características clave</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">Áreas de las directrices</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">Fuentes de financiación</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Línea de base</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">Valor meta</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Valor alcanzado</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Fuente de datos</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Año</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Fuente de financiación</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation type="unfinished">Confirmado o previsto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Importe</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">confirmado</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">previsto</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation type="unfinished">Total confirmado</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation type="unfinished">Total previsto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sector</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Responsable de</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">Socio en</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">Diagnóstico: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation type="unfinished">
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation type="unfinished">
            <numerusform>⚠ %n carencia</numerusform>
            <numerusform>⚠ %n carencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Cronograma</translation>
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
        <translation type="unfinished">T%1 %2</translation>
    </message>
</context>
<context>
    <name>PlanError</name>
    <message>
        <source>Action %1 is in an unknown area.</source>
        <translation type="unfinished">La acción %1 está en un área desconocida.</translation>
    </message>
    <message>
        <source>Objective %1 is in an unknown area.</source>
        <translation type="unfinished">El objetivo %1 está en un área desconocida.</translation>
    </message>
    <message>
        <source>Action %1 has an unknown status.</source>
        <translation type="unfinished">La acción %1 tiene un estado desconocido.</translation>
    </message>
    <message>
        <source>The plan “%1” is a draft but has an approval date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 has a priority or percentage out of range.</source>
        <translation type="unfinished">La acción %1 tiene una prioridad o un porcentaje fuera del intervalo permitido.</translation>
    </message>
    <message>
        <source>Action %1 ends before it starts.</source>
        <translation type="unfinished">La acción %1 termina antes de empezar.</translation>
    </message>
    <message>
        <source>The lead of action %1 belongs to another plan.</source>
        <translation type="unfinished">El responsable de la acción %1 pertenece a otro plan.</translation>
    </message>
    <message>
        <source>Action %1 sits under an objective of another area.</source>
        <translation type="unfinished">La acción %1 está bajo un objetivo de otra área.</translation>
    </message>
    <message>
        <source>A partner of action %1 has an unknown role.</source>
        <translation type="unfinished">Un socio de la acción %1 tiene una función desconocida.</translation>
    </message>
    <message>
        <source>A budget line of action %1 is negative or has an unknown source.</source>
        <translation type="unfinished">Una partida presupuestaria de la acción %1 es negativa o tiene una fuente desconocida.</translation>
    </message>
    <message>
        <source>Indicator %1 has an unknown kind.</source>
        <translation type="unfinished">El indicador %1 tiene un tipo desconocido.</translation>
    </message>
    <message>
        <source>Organisation %1 has an unknown sector.</source>
        <translation type="unfinished">La organización %1 tiene un sector desconocido.</translation>
    </message>
    <message>
        <source>The card “%1” is in an unknown area.</source>
        <translation type="unfinished">La tarjeta «%1» está en un área desconocida.</translation>
    </message>
    <message>
        <source>The prompt %1 is in an unknown area.</source>
        <translation type="unfinished">La indicación %1 está en un área desconocida.</translation>
    </message>
    <message>
        <source>The initiative %1 is in an unknown area.</source>
        <translation type="unfinished">La iniciativa %1 está en un área desconocida.</translation>
    </message>
    <message>
        <source>The rating %1 has an unknown area or level.</source>
        <translation type="unfinished">La valoración %1 tiene un área o un nivel desconocidos.</translation>
    </message>
    <message>
        <source>The stakeholder %1 has an influence or interest out of range.</source>
        <translation type="unfinished">La parte interesada %1 tiene una influencia o un interés fuera del intervalo permitido.</translation>
    </message>
    <message>
        <source>The group %1 has spent more dots than its budget.</source>
        <translation type="unfinished">El grupo %1 ha gastado más puntos de los que permite su cupo.</translation>
    </message>
    <message>
        <source>Action %1 has no lead organisation.</source>
        <translation type="unfinished">La acción %1 no tiene organización responsable.</translation>
    </message>
    <message>
        <source>Action %1 has no indicator.</source>
        <translation type="unfinished">La acción %1 no tiene indicador.</translation>
    </message>
    <message>
        <source>Action %1 has no budget.</source>
        <translation type="unfinished">La acción %1 no tiene presupuesto.</translation>
    </message>
    <message>
        <source>Action %1 has no start or end date.</source>
        <translation type="unfinished">La acción %1 no tiene fecha de inicio o de finalización.</translation>
    </message>
    <message>
        <source>Database damage: %1</source>
        <translation type="unfinished">Daños en la base de datos: %1</translation>
    </message>
    <message>
        <source>Row %2 of %1 points to a missing row of %3.</source>
        <translation type="unfinished">La fila %2 de %1 remite a una fila inexistente de %3.</translation>
    </message>
    <message>
        <source>Action %1 names unknown key features: %2.</source>
        <translation type="unfinished">La acción %1 menciona características clave desconocidas: %2.</translation>
    </message>
    <message>
        <source>Action %1 has a date outside the plan period.</source>
        <translation type="unfinished">La acción %1 tiene una fecha fuera del periodo del plan.</translation>
    </message>
    <message>
        <source>Organisation %1 has no sector yet.</source>
        <translation type="unfinished">La organización %1 aún no tiene sector.</translation>
    </message>
    <message>
        <source>A budget line for %1 lies outside the plan period.</source>
        <translation type="unfinished">Una partida presupuestaria para %1 queda fuera del periodo del plan.</translation>
    </message>
    <message>
        <source>An indicator belongs to one action or one objective.</source>
        <translation type="unfinished">Un indicador pertenece a una sola acción o a un solo objetivo.</translation>
    </message>
    <message>
        <source>The change could not be saved to the plan file: %1</source>
        <translation type="unfinished">No se ha podido guardar el cambio en el archivo del plan: %1</translation>
    </message>
    <message>
        <source>An organisation named %1 already exists.</source>
        <translation type="unfinished">Ya existe una organización llamada %1.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation type="unfinished">Una organización no se puede fusionar consigo misma.</translation>
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
        <translation type="unfinished">El código %1 ya está en uso.</translation>
    </message>
    <message>
        <source>The objective is not part of this plan.</source>
        <translation type="unfinished">El objetivo no forma parte de este plan.</translation>
    </message>
    <message>
        <source>The objective %1 belongs to another area (%2).</source>
        <translation type="unfinished">El objetivo %1 pertenece a otra área (%2).</translation>
    </message>
    <message>
        <source>The lead must be an organisation of this plan.</source>
        <translation type="unfinished">El responsable debe ser una organización de este plan.</translation>
    </message>
    <message>
        <source>An organisation is listed twice among the partners.</source>
        <translation type="unfinished">Una organización figura dos veces entre los socios.</translation>
    </message>
    <message>
        <source>A partner must be an organisation of this plan.</source>
        <translation type="unfinished">Un socio debe ser una organización de este plan.</translation>
    </message>
    <message>
        <source>%1 already leads this action.</source>
        <translation type="unfinished">%1 ya es responsable de esta acción.</translation>
    </message>
    <message>
        <source>The plan could not be processed.</source>
        <translation type="unfinished">No se ha podido procesar el plan.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished">El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file.</source>
        <translation type="unfinished">%1 es una carpeta, no un archivo de plan.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a plan file.</source>
        <translation type="unfinished">El archivo %1 está vacío: no es un archivo de plan.</translation>
    </message>
    <message>
        <source>The file %1 is not an LC Planner plan file (it is not a database).</source>
        <translation type="unfinished">El archivo %1 no es un archivo de plan de LC Planner (no es una base de datos).</translation>
    </message>
    <message>
        <source>The file %1 is a spreadsheet or another zipped document, not an LC Planner plan file.</source>
        <translation type="unfinished">El archivo %1 es una hoja de cálculo u otro documento comprimido, no un archivo de plan de LC Planner.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not an LC Planner plan.</source>
        <translation type="unfinished">El archivo %1 es una base de datos de otro programa, no un plan de LC Planner.</translation>
    </message>
    <message>
        <source>The plan file %1 is damaged or incomplete (%2). Open a backup copy or the latest saved copy.</source>
        <translation type="unfinished">El archivo de plan %1 está dañado o incompleto (%2). Abra una copia de seguridad o la última copia guardada.</translation>
    </message>
    <message>
        <source>The plan file %1 was made by a newer LC Planner (schema version %2; this version reads up to %3). Update LC Planner to open it.</source>
        <translation type="unfinished">El archivo de plan %1 se creó con una versión más reciente de LC Planner (versión de esquema %2; esta versión lee hasta la %3). Actualice LC Planner para abrirlo.</translation>
    </message>
    <message>
        <source>The plan file %1 is read-only (or its folder is). Open it read-only, or save a copy somewhere you can write.</source>
        <translation type="unfinished">El archivo de plan %1 (o su carpeta) es de solo lectura. Ábralo en modo de solo lectura o guarde una copia en una ubicación donde pueda escribir.</translation>
    </message>
    <message>
        <source>The plan file %1 was made by an older LC Planner and cannot be read without upgrading it. Open it for editing once (a backup copy is kept).</source>
        <translation type="unfinished">El archivo de plan %1 se creó con una versión anterior de LC Planner y no se puede leer sin actualizarlo. Ábralo una vez para editarlo (se conserva una copia de seguridad).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished">No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>The plan file %1 is already open for editing by %2 since %3. You can open it read-only.</source>
        <translation type="unfinished">%2 tiene abierto el archivo de plan %1 para editarlo desde %3. Puede abrirlo en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The plan file %1 could not be upgraded to this version (%2). It was not changed; a backup is at %3.</source>
        <translation type="unfinished">No se ha podido actualizar el archivo de plan %1 a esta versión (%2). No se ha modificado; hay una copia de seguridad en %3.</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation type="unfinished">El archivo %1 ya existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket), so it is not a plan file.</source>
        <translation type="unfinished">%1 no es un archivo normal (es un dispositivo, una canalización o un socket), así que no es un archivo de plan.</translation>
    </message>
    <message>
        <source>The plan file %1 was changed by another program (%2), so it was not opened. You can rescue its data into a new, clean plan.</source>
        <translation type="unfinished">Otro programa ha modificado el archivo de plan %1 (%2), por lo que no se ha abierto. Puede rescatar sus datos en un plan nuevo y limpio.</translation>
    </message>
    <message>
        <source>The plan file %1 is busy: another program is writing to it. Try again in a moment, or close the other program.</source>
        <translation type="unfinished">El archivo de plan %1 está ocupado: otro programa está escribiendo en él. Vuelva a intentarlo en un momento o cierre el otro programa.</translation>
    </message>
    <message>
        <source>The plan file %1 was left in the middle of a save and must be repaired before it can be read, but it is read-only here. Copy it, with the file %2 beside it, to a folder where you can write, and open the copy.</source>
        <translation type="unfinished">El archivo de plan %1 quedó a mitad de un guardado y debe repararse antes de poder leerse, pero aquí es de solo lectura. Cópielo, junto con el archivo %2 que está a su lado, a una carpeta donde pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be opened for editing: %2 is in the way of its lock file. Remove or rename it, or open the plan read-only.</source>
        <translation type="unfinished">El archivo de plan %1 no se puede abrir para editarlo: %2 ocupa el lugar de su archivo de bloqueo. Elimínelo o cámbiele el nombre, o abra el plan en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The plan file %1 has a lock left behind by %2, whose LC Planner is no longer running, but this account may not remove it. Delete the file %3, or open the plan read-only.</source>
        <translation type="unfinished">El archivo de plan %1 tiene un bloqueo que dejó %2, cuyo LC Planner ya no se está ejecutando, pero esta cuenta no puede quitarlo. Elimine el archivo %3 o abra el plan en modo de solo lectura.</translation>
    </message>
    <message>
        <source>%1 is a plan open for editing by %2; it cannot be replaced. Choose another name.</source>
        <translation type="unfinished">%1 es un plan que %2 tiene abierto para editarlo; no se puede reemplazar. Elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 is the plan itself; a copy cannot replace it. Choose another name.</source>
        <translation type="unfinished">%1 es el propio plan; una copia no puede reemplazarlo. Elija otro nombre.</translation>
    </message>
    <message>
        <source>No data could be rescued from %1: %2</source>
        <translation type="unfinished">No se ha podido rescatar ningún dato de %1: %2</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes are not allowed.</source>
        <translation type="unfinished">Este plan está abierto en modo de solo lectura; no se permiten cambios.</translation>
    </message>
    <message>
        <source>You may view this plan but not change it: ask its owner to make you an editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is closed.</source>
        <translation type="unfinished">El plan está cerrado.</translation>
    </message>
    <message>
        <source>The item no longer exists in this plan.</source>
        <translation type="unfinished">El elemento ya no existe en este plan.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation type="unfinished">El valor no es válido.</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters, at most %2 fit here.</source>
        <translation type="unfinished">Este texto es demasiado largo: tiene %1 caracteres y aquí caben como máximo %2.</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation type="unfinished">Campo desconocido: %1.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation type="unfinished">Este campo no puede estar vacío.</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation type="unfinished">%1 no es un año válido.</translation>
    </message>
    <message>
        <source>The year %1 is out of range (%2-%3).</source>
        <translation type="unfinished">El año %1 está fuera del intervalo permitido (%2-%3).</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 no es una fecha válida.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation type="unfinished">%1 no es un número entero.</translation>
    </message>
    <message>
        <source>The value must be between %1 and %2.</source>
        <translation type="unfinished">El valor debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished">%1 no es un número.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished">Un importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation type="unfinished">El importe %1 es demasiado grande.</translation>
    </message>
    <message>
        <source>%1 is not an allowed value here.</source>
        <translation type="unfinished">%1 no es un valor permitido aquí.</translation>
    </message>
    <message>
        <source>Unknown code %1.</source>
        <translation type="unfinished">Código desconocido: %1.</translation>
    </message>
    <message>
        <source>%1 is not a building block or fundamental condition (BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished">%1 no es un pilar ni una condición fundamental (BB1-BB6, FC1-FC3).</translation>
    </message>
    <message>
        <source>%1 is not an area of the framework (B1-B3, BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished">%1 no es un área del marco (B1-B3, BB1-BB6, FC1-FC3).</translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation type="unfinished">El periodo del plan termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation type="unfinished">La fecha de finalización (%1) es anterior a la fecha de inicio (%2).</translation>
    </message>
    <message>
        <source>A draft plan has no approval date: choose another approval status first, or clear the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a language code.</source>
        <translation type="unfinished">%1 no es un código de idioma.</translation>
    </message>
    <message>
        <source>%1 is not a currency code (three letters, e.g. TRY).</source>
        <translation type="unfinished">%1 no es un código de moneda (tres letras, p. ej., TRY).</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation type="unfinished">%1 no es una dirección de correo electrónico.</translation>
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
        <translation type="unfinished">Escriba sí o no.</translation>
    </message>
    <message>
        <source>The workplan could not be written: %1</source>
        <translation type="unfinished">No se ha podido escribir el plan de trabajo: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished">Se ha cancelado la exportación; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another folder.</source>
        <translation type="unfinished">No se puede escribir en la carpeta %1. Elija otra carpeta.</translation>
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
        <translation type="unfinished">El disco está lleno, por lo que no se ha podido escribir %1. Libere espacio o elija otra unidad.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is the plan being exported; the workplan must not replace it. Choose another name.</source>
        <translation type="unfinished">%1 es el plan que se está exportando; el plan de trabajo no debe reemplazarlo. Elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket). Choose another name.</source>
        <translation type="unfinished">%1 no es un archivo normal (es un dispositivo, una canalización o un socket). Elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx.</source>
        <translation type="unfinished">%1 es un nombre de archivo de plan (.lcplan), no de libro de Excel. Elija un nombre que termine en .xlsx.</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx, or add --force to write the workbook there anyway.</source>
        <translation type="unfinished">%1 es un nombre de archivo de plan (.lcplan), no de libro de Excel. Elija un nombre que termine en .xlsx o añada --force para escribir ahí el libro de todos modos.</translation>
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
        <translation type="unfinished">%1 ya existe y no es un libro de Excel, por lo que se ha dejado como estaba. Elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name, or add --force to replace it.</source>
        <translation type="unfinished">%1 ya existe y no es un libro de Excel, por lo que se ha dejado como estaba. Elija otro nombre o añada --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation type="unfinished">%1 es una carpeta, no un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 could not be written: the file is larger than the file size limit of this drive or account (file too large). Choose another drive, or ask your administrator to raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced: it may be open in Excel. Close it there and try again.</source>
        <translation type="unfinished">No se puede reemplazar %1: puede que esté abierto en Excel. Ciérrelo en Excel y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>it has a trigger, %1</source>
        <translation type="unfinished">contiene un desencadenador: %1</translation>
    </message>
    <message>
        <source>it has a view, %1</source>
        <translation type="unfinished">contiene una vista: %1</translation>
    </message>
    <message>
        <source>it has an object LC Planner did not make, %1</source>
        <translation type="unfinished">contiene un objeto que LC Planner no creó: %1</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished">falta la tabla %1</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation type="unfinished">falta la columna %1</translation>
    </message>
    <message>
        <source>it has a column LC Planner did not make, %1</source>
        <translation type="unfinished">contiene una columna que LC Planner no creó: %1</translation>
    </message>
    <message>
        <source>the definition of the table %1 was changed</source>
        <translation type="unfinished">se ha modificado la definición de la tabla %1</translation>
    </message>
    <message>
        <source>the index %1 was changed or is missing</source>
        <translation type="unfinished">el índice %1 se ha modificado o falta</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a whole number</source>
        <translation type="unfinished">%1 en la fila %2 no es un número entero</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a date</source>
        <translation type="unfinished">%1 en la fila %2 no es una fecha</translation>
    </message>
    <message>
        <source>%1 in row %2 is not text</source>
        <translation type="unfinished">%1 en la fila %2 no es texto</translation>
    </message>
    <message>
        <source>%1 in row %2 is too long</source>
        <translation type="unfinished">%1 en la fila %2 es demasiado largo</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a list of codes</source>
        <translation type="unfinished">%1 en la fila %2 no es una lista de códigos</translation>
    </message>
    <message>
        <source>%1 in row %2 is not yes or no</source>
        <translation type="unfinished">%1 en la fila %2 no es ni sí ni no</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a text per language</source>
        <translation type="unfinished">%1 en la fila %2 no es un texto por idioma</translation>
    </message>
    <message>
        <source>%1 in row %2 is not one of the values LC Planner knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a working copy of the plan (%1 MB) would be larger than the file size limit of this account (file too large). Ask your administrator to raise the limit.</source>
        <translation type="unfinished">una copia de trabajo del plan (%1 MB) superaría el límite de tamaño de archivo de esta cuenta (archivo demasiado grande). Pida a su administrador que amplíe el límite.</translation>
    </message>
    <message>
        <source>the temporary folder %1 has no room for a working copy of the plan (%2 MB). Free some space there and try again.</source>
        <translation type="unfinished">la carpeta temporal %1 no tiene espacio para una copia de trabajo del plan (%2 MB). Libere espacio allí e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>a working copy of the plan could not be made in the temporary folder %1: %2</source>
        <translation type="unfinished">no se pudo crear una copia de trabajo del plan en la carpeta temporal %1: %2</translation>
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
        <translation type="unfinished">Una tarjeta no se puede fusionar consigo misma.</translation>
    </message>
    <message>
        <source>%1 has already spent %2 dots: the budget cannot be lower.</source>
        <translation type="unfinished">%1 ya ha gastado %2 puntos: el cupo no puede ser menor.</translation>
    </message>
    <message>
        <source>%1 has no dots left: %2 of %3 are spent.</source>
        <translation type="unfinished">A %1 no le quedan puntos: ha gastado %2 de %3.</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation type="unfinished">Elija las tarjetas que desea convertir en una acción o en un objetivo.</translation>
    </message>
    <message>
        <source>The prompt code %1 is empty or listed twice.</source>
        <translation type="unfinished">El código de indicación %1 está vacío o figura dos veces.</translation>
    </message>
    <message>
        <source>The prompt %1 has no text.</source>
        <translation type="unfinished">La indicación %1 no tiene texto.</translation>
    </message>
    <message>
        <source>The prompt file %1 cannot be loaded.</source>
        <translation type="unfinished">No se puede cargar el archivo de indicaciones %1.</translation>
    </message>
    <message>
        <source>The file %1 is too big for a prompt catalogue (%2 MB; at most %3 MB).</source>
        <translation type="unfinished">El archivo %1 es demasiado grande para un catálogo de indicaciones (%2 MB; como máximo %3 MB).</translation>
    </message>
    <message>
        <source>The file %1 is not a CSV file or an Excel workbook (.xlsx).</source>
        <translation type="unfinished">El archivo %1 no es un archivo CSV ni un libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file %1 is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and load it again.</source>
        <translation type="unfinished">El archivo %1 es un archivo antiguo de Excel (.xls). Guárdelo como libro de Excel (.xlsx) o como CSV UTF-8 y vuelva a cargarlo.</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged or is not an Excel workbook (%2).</source>
        <translation type="unfinished">El libro %1 está dañado o no es un libro de Excel (%2).</translation>
    </message>
    <message>
        <source>%1, row %2: the text is not UTF-8 (wrong encoding). Save the file as “CSV UTF-8” and load it again.</source>
        <translation type="unfinished">%1, fila %2: el texto no está en UTF-8 (codificación incorrecta). Guarde el archivo como «CSV UTF-8» y vuelva a cargarlo.</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is missing. A prompt catalogue needs the columns code, area and text_ with a language (text_en, text_tr, …).</source>
        <translation type="unfinished">%1, fila 1: falta la columna %2. Un catálogo de indicaciones necesita las columnas code, area y text_ con un idioma (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is there twice.</source>
        <translation type="unfinished">%1, fila 1: la columna %2 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1, row 1, column %2: “%3” is not a language code (text_en, text_tr, …).</source>
        <translation type="unfinished">%1, fila 1, columna %2: «%3» no es un código de idioma (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>%1 has no prompts under its first row.</source>
        <translation type="unfinished">%1 no tiene indicaciones debajo de la primera fila.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; a prompt catalogue holds at most %2 prompts.</source>
        <translation type="unfinished">%1 tiene más de %2 filas; un catálogo de indicaciones admite como máximo %2 indicaciones.</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code is empty.</source>
        <translation type="unfinished">%1, fila %2, columna code: el código está vacío.</translation>
    </message>
    <message>
        <source>%1, row %2, column area: “%3” is not an area of the framework (B1–B3, BB1–BB6, FC1–FC3).</source>
        <translation type="unfinished">%1, fila %2, columna area: «%3» no es un área del marco (B1–B3, BB1–BB6, FC1–FC3).</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code %3 is already used in row %4.</source>
        <translation type="unfinished">%1, fila %2, columna code: el código %3 ya se usa en la fila %4.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the prompt %4 has no text.</source>
        <translation type="unfinished">%1, fila %2, columna %3: la indicación %4 no tiene texto.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell is too long (%4 characters; at most %5 fit).</source>
        <translation type="unfinished">%1, fila %2, columna %3: la celda es demasiado larga (%4 caracteres; caben como máximo %5).</translation>
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
        <translation type="unfinished">confirmado</translation>
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
        <translation type="unfinished">% de avance</translation>
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
        <translation type="unfinished">(no figura en las indicaciones actuales)</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation type="unfinished">El área en su conjunto</translation>
    </message>
    <message>
        <source>0 not in place, 1 emerging, 2 established, 3 advanced; Delete: not rated</source>
        <translation type="unfinished">0 inexistente, 1 incipiente, 2 consolidado, 3 avanzado; Supr: sin valorar</translation>
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
        <translation type="unfinished">Resumen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Acciones</translation>
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
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Código</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Acción</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% de avance</translation>
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
        <translation type="unfinished">Indicador</translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Línea de base</translation>
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
        <translation type="unfinished">Año</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Fuente de financiación</translation>
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
        <translation type="unfinished">Socios</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
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
        <translation type="unfinished">Libros de Excel (*.xlsx)</translation>
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
        <translation type="unfinished">No se puede abrir el plan</translation>
    </message>
    <message>
        <source>Rescue Data copies what can still be read into a new plan file; this file is not changed.</source>
        <translation type="unfinished">«Rescatar datos» copia lo que todavía se puede leer en un nuevo archivo de plan; este archivo no se modifica.</translation>
    </message>
    <message>
        <source>&amp;Rescue Data…</source>
        <translation type="unfinished">&amp;Rescatar datos…</translation>
    </message>
    <message>
        <source>%1 (rescued).lcplan</source>
        <translation type="unfinished">%1 (rescatado).lcplan</translation>
    </message>
    <message>
        <source>Save the rescued plan as</source>
        <translation type="unfinished">Guardar el plan rescatado como</translation>
    </message>
    <message>
        <source>Cannot rescue the plan</source>
        <translation type="unfinished">No se puede rescatar el plan</translation>
    </message>
    <message>
        <source>Plan rescued</source>
        <translation type="unfinished">Plan rescatado</translation>
    </message>
</context>
<context>
    <name>RescueSummary</name>
    <message numerus="yes">
        <source>%n row(s) were carried into the new plan.</source>
        <translation type="unfinished">
            <numerusform>Se ha trasladado %n fila al nuevo plan.</numerusform>
            <numerusform>Se han trasladado %n filas al nuevo plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read or broke the plan&apos;s rules and were left behind.</source>
        <translation type="unfinished">
            <numerusform>%n fila no se ha podido leer o incumplía las reglas del plan y se ha dejado fuera.</numerusform>
            <numerusform>%n filas no se han podido leer o incumplían las reglas del plan y se han dejado fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the wrong kind were cleared.</source>
        <translation type="unfinished">
            <numerusform>Se ha borrado %n valor de tipo incorrecto.</numerusform>
            <numerusform>Se han borrado %n valores de tipo incorrecto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roof</name>
    <message>
        <source>The benefits of a learning city: outcomes that objectives aim at</source>
        <translation type="unfinished">Los beneficios de una ciudad del aprendizaje: resultados a los que apuntan los objetivos</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">Diagnóstico: %1</translation>
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
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Acciones</translation>
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
        <translation type="unfinished">E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Cerrar</translation>
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
        <translation type="unfinished">Gestionar de cerca</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation type="unfinished">Mantener satisfechas</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation type="unfinished">Mantener informadas</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished">Supervisar</translation>
    </message>
    <message>
        <source>Influence and interest grid</source>
        <translation type="unfinished">Matriz de influencia e interés</translation>
    </message>
    <message>
        <source>Drag an organisation to place it. Keyboard: Up/Down choose, Alt+arrow keys move it by one step.</source>
        <translation type="unfinished">Arrastre una organización para colocarla. Teclado: Arriba/Abajo para elegir, Alt+flechas para moverla un paso.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Interest: low to high (1–5) →</source>
        <comment>axis under the grid; the arrow points the way interest grows (right to left in a right-to-left language)</comment>
        <translation type="unfinished">Interés: de bajo a alto (1–5) →</translation>
    </message>
    <message>
        <source>Influence: low to high (1–5) →</source>
        <comment>axis beside the grid, written upwards; the arrow points up</comment>
        <translation type="unfinished">Influencia: de baja a alta (1–5) →</translation>
    </message>
    <message>
        <source>%1: influence %2, interest %3</source>
        <translation type="unfinished">%1: influencia %2, interés %3</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <source>Present at %1 (Space ticks)</source>
        <translation type="unfinished">Presente en %1 (Espacio marca)</translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished">presente</translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished">ausente</translation>
    </message>
    <message>
        <source>The register&apos;s sector; choose it on the Organisations page.</source>
        <translation type="unfinished">El sector del registro de organizaciones; elíjalo en la página Organizaciones.</translation>
    </message>
</context>
<context>
    <name>StakeholderTable</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Persona</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sector</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished">Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">Interés</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>&lt;h2&gt;Stakeholders&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Partes interesadas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished">Partes interesadas</translation>
    </message>
    <message>
        <source>New stakeholder: type an organisation and press Enter</source>
        <translation type="unfinished">Nueva parte interesada: escriba una organización y pulse Intro</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation type="unfinished">Nueva parte interesada</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell, Space ticks a workshop, Delete removes; Alt+arrow keys move the selected one on the grid.</source>
        <translation type="unfinished">F2 o escribir edita una celda, Espacio marca un taller, Supr elimina; Alt+flechas mueve en la matriz la parte interesada seleccionada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshops&lt;/b&gt; (a tick column each; Delete removes one)</source>
        <translation type="unfinished">&lt;b&gt;Talleres&lt;/b&gt; (una columna de marcas por taller; Supr elimina uno)</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished">Talleres</translation>
    </message>
    <message>
        <source>New workshop: its name, then Enter</source>
        <translation type="unfinished">Nuevo taller: su nombre y, luego, Intro</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished">Nuevo taller</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation type="unfinished">Fecha del taller</translation>
    </message>
    <message>
        <source>Add &amp;workshop</source>
        <translation type="unfinished">Añadir &amp;taller</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>A stakeholder is an organisation: type its name.</source>
        <translation type="unfinished">Una parte interesada es una organización: escriba su nombre.</translation>
    </message>
    <message>
        <source>Change the stakeholder&apos;s organisation</source>
        <translation type="unfinished">Cambiar la organización de la parte interesada</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation type="unfinished">
            <numerusform>Eliminar %n parte interesada</numerusform>
            <numerusform>Eliminar %n partes interesadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stakeholder(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Se ha eliminado %n parte interesada. Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>Se han eliminado %n partes interesadas. Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2, or leave it empty.</source>
        <translation type="unfinished">«%1» no es una fecha. Escríbala como %2 o déjela vacía.</translation>
    </message>
    <message>
        <source>Deleted the workshop and who was present at it. Undo with Ctrl+Z.</source>
        <translation type="unfinished">Se ha eliminado el taller junto con su lista de asistencia. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished">sin valorar</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>&lt;h2&gt;Stock-take&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Diagnóstico&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Load &amp;prompts…</source>
        <translation type="unfinished">&amp;Cargar indicaciones…</translation>
    </message>
    <message>
        <source>Use a city&apos;s own prompts, or the official key features: a CSV or Excel (.xlsx) file with the columns code, area and one text_ column per language (text_en, text_tr, …).</source>
        <translation type="unfinished">Use las indicaciones propias de una ciudad o las características clave oficiales: un archivo CSV o Excel (.xlsx) con las columnas code, area y una columna text_ por idioma (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>Prompts and ratings</source>
        <translation type="unfinished">Indicaciones y valoraciones</translation>
    </message>
    <message>
        <source>Initiatives that exist</source>
        <translation type="unfinished">Iniciativas existentes</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation type="unfinished">Nueva iniciativa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Initiatives that already exist&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Iniciativas que ya existen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 · %2&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;%1 · %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Start here: rate the areas, and those rated low are listed here.</source>
        <translation type="unfinished">Empiece aquí: valore las áreas; las que tengan una valoración baja aparecerán aquí.</translation>
    </message>
    <message>
        <source>No area is rated below established.</source>
        <translation type="unfinished">Ningún área tiene una valoración inferior a «consolidado».</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>area code (level)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Start here: %1</source>
        <translation type="unfinished">Empiece aquí: %1</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation type="unfinished">El área en su conjunto</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>New initiative for %1: type its title and press Enter</source>
        <translation type="unfinished">Nueva iniciativa para %1: escriba su título y pulse Intro</translation>
    </message>
    <message>
        <source>New initiative for the area as a whole: type its title and press Enter</source>
        <translation type="unfinished">Nueva iniciativa para el área en su conjunto: escriba su título y pulse Intro</translation>
    </message>
    <message>
        <source>Set who runs the initiative</source>
        <translation type="unfinished">Indicar quién gestiona la iniciativa</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n initiative(s)</source>
        <translation type="unfinished">
            <numerusform>Eliminar %n iniciativa</numerusform>
            <numerusform>Eliminar %n iniciativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished">Cargar indicaciones</translation>
    </message>
    <message>
        <source>Prompt catalogues (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished">Catálogos de indicaciones (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n prompt(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>Se ha cargado %n indicación. Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>Se han cargado %n indicaciones. Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StocktakeTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Código</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">Indicación</translation>
    </message>
    <message>
        <source>Rating (keys 0–3)</source>
        <translation type="unfinished">Valoración (teclas 0–3)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Evidencias</translation>
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
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
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
        <translation type="unfinished">Ins&amp;tantáneas…</translation>
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
        <translation type="unfinished">Planes de LC Planner (%1)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished">Guardar una copia como</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished">%1 (copia)</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation type="unfinished">No se puede guardar la copia</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished">Se ha guardado una copia como %1</translation>
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
        <translation type="unfinished">Sin iniciar</translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished">Según lo previsto</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished">Retrasada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelada</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation type="unfinished">Gobierno local</translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished">Gobierno nacional</translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished">Educación</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished">Sociedad civil</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished">Sector privado</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">Medios de comunicación</translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished">Internacional</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished">Comunidad</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Socio</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished">Financiador</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation type="unfinished">Ejecutor</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished">Asesor</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation type="unfinished">Municipal</translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished">Nacional</translation>
    </message>
    <message>
        <source>EU / international</source>
        <translation type="unfinished">UE / internacional</translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished">Privada</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished">En especie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Otra</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished">Tasa</translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished">Recuento</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Presupuesto</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished">Sí / no</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation type="unfinished">Cualitativo</translation>
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
        <translation type="unfinished">Inexistente</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation type="unfinished">Incipiente</translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished">Consolidado</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished">Avanzado</translation>
    </message>
    <message>
        <source>Quick win</source>
        <extracomment>The quadrants of the impact-effort board (IdeaRow.quadrant).</extracomment>
        <translation type="unfinished">Victoria rápida</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation type="unfinished">Gran proyecto</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation type="unfinished">Tarea de relleno</translation>
    </message>
    <message>
        <source>Thankless task</source>
        <translation type="unfinished">Tarea ingrata</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;Planificador de Ciudades del Aprendizaje&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Build your learning city&apos;s action plan, building block by building block. Every change is saved at once.</source>
        <translation type="unfinished">Elabore el plan de acción de su ciudad del aprendizaje, pilar a pilar. Cada cambio se guarda al instante.</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished">&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished">Abrir &amp;plan…</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation type="unfinished">Abrir el plan de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation type="unfinished">Planes &amp;recientes:</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished">Planes recientes</translation>
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
        <translation type="unfinished">Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">En pausa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Reanudar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Inicio</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation type="unfinished">Temporizador del taller</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished">Tiempo restante</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation type="unfinished">−1 min</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation type="unfinished">Un minuto menos</translation>
    </message>
    <message>
        <source>One minute less (- or Down)</source>
        <translation type="unfinished">Un minuto menos (- o Abajo)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished">+1 min</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation type="unfinished">Un minuto más</translation>
    </message>
    <message>
        <source>One minute more (+ or Up)</source>
        <translation type="unfinished">Un minuto más (+ o Arriba)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">Restablecer</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation type="unfinished">Restablecer el temporizador</translation>
    </message>
    <message>
        <source>Back to the round&apos;s length (R or Backspace)</source>
        <translation type="unfinished">Volver a la duración de la ronda (R o Retroceso)</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation type="unfinished">Iniciar o pausar</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation type="unfinished">Iniciar o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Round (minutes):</source>
        <translation type="unfinished">Ronda (minutos):</translation>
    </message>
    <message>
        <source>Round length in minutes</source>
        <translation type="unfinished">Duración de la ronda en minutos</translation>
    </message>
</context>
<context>
    <name>_TableBox</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Quitar</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>Workplan exported</source>
        <translation type="unfinished">Plan de trabajo exportado</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">Error en la exportación</translation>
    </message>
</context>
</TS>
