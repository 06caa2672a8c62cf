<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished">&amp;Objectif :</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Choose another building block or condition to move the action there (Ctrl+Shift+M in the table)</source>
        <translation type="unfinished">Choisissez un autre pilier ou une autre condition pour y déplacer l&apos;action (Ctrl+Maj+M dans le tableau)</translation>
    </message>
    <message>
        <source>Building block or condition:</source>
        <translation type="unfinished">Pilier ou condition :</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation type="unfinished">Desc&amp;ription :</translation>
    </message>
    <message>
        <source>Target group&amp;s:</source>
        <translation type="unfinished">Gro&amp;upes cibles :</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation type="unfinished">Choisissez une organisation ou saisissez-en une nouvelle</translation>
    </message>
    <message>
        <source>Le&amp;ad:</source>
        <translation type="unfinished">Responsab&amp;le :</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation type="unfinished">&amp;Partenaires :</translation>
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
        <translation type="unfinished">Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Date de fin</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished">Date&amp;s :</translation>
    </message>
    <message>
        <source>1 = highest priority, 5 = lowest</source>
        <translation type="unfinished">1 = priorité la plus haute, 5 = la plus basse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Priorité</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished">Avancement</translation>
    </message>
    <message>
        <source>Status, priorit&amp;y, complete:</source>
        <translation type="unfinished">Statut, priorité, a&amp;vancement :</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">Caractéristiques clés</translation>
    </message>
    <message>
        <source>&amp;Key features:</source>
        <translation type="unfinished">&amp;Caractéristiques clés :</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">Axes des lignes directrices</translation>
    </message>
    <message>
        <source>G&amp;uideline areas:</source>
        <translation type="unfinished">A&amp;xes des lignes directrices :</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished">&amp;Budget :</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation type="unfinished">&amp;Indicateurs :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Risks:</source>
        <translation type="unfinished">Ris&amp;ques :</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an action to edit it here.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;Sélectionnez une action pour la modifier ici.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(aucun objectif)</translation>
    </message>
    <message numerus="yes">
        <source>From the idea “%1” (%n dot(s))</source>
        <translation type="unfinished">
            <numerusform>Issue de l’idée « %1 » (%n point)</numerusform>
            <numerusform>Issue de l’idée « %1 » (%n points)</numerusform>
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
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Fin</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Budget</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Priorité</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% réalisé</translation>
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
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation type="unfinished">
            <numerusform>⚠ %n lacune</numerusform>
            <numerusform>⚠ %n lacunes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">État des lieux : %1</translation>
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
        <translation type="unfinished">Objectifs</translation>
    </message>
    <message>
        <source>F2 renames, Alt+Up/Down reorders, Ctrl+Shift+M moves the objective and its actions to another area</source>
        <translation type="unfinished">F2 renomme, Alt+Haut/Bas réordonne, Ctrl+Maj+M déplace l&apos;objectif et ses actions vers un autre domaine</translation>
    </message>
    <message>
        <source>Objectives (new actions go under the selected one):</source>
        <translation type="unfinished">Objectifs (les nouvelles actions sont ajoutées sous l&apos;objectif sélectionné) :</translation>
    </message>
    <message>
        <source>New objective: type it and press Enter</source>
        <translation type="unfinished">Nouvel objectif : saisissez-le et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation type="unfinished">Nouvel objectif</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished">Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Filter this area&apos;s actions (Ctrl+F: the whole plan)</source>
        <translation type="unfinished">Filtrer les actions de ce domaine (Ctrl+F : tout le plan)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Rechercher</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">Tous les statuts</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Actions</translation>
    </message>
    <message>
        <source>Quick add action</source>
        <translation type="unfinished">Ajout rapide d&apos;action</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;%1 %2&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n action(s))</source>
        <translation type="unfinished">
            <numerusform>%1  %2 (%n action)</numerusform>
            <numerusform>%1  %2 (%n actions)</numerusform>
        </translation>
    </message>
    <message>
        <source>New action under %1: type its title and press Enter</source>
        <translation type="unfinished">Nouvelle action sous %1 : tapez son titre et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>New action (no objective): type its title and press Enter</source>
        <translation type="unfinished">Nouvelle action (sans objectif) : tapez son titre et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Added %1. Type the next action, or press Tab to edit it.</source>
        <translation type="unfinished">%1 ajoutée. Saisissez l&apos;action suivante ou appuyez sur Tab pour la modifier.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n action(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n action supprimée. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n actions supprimées. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search and the sorting to reorder actions.</source>
        <translation type="unfinished">Effacez la recherche et le tri pour réordonner les actions.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2.</source>
        <translation type="unfinished">« %1 » n&apos;est pas une date. Écrivez-la comme %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished">Déplacer l&apos;objectif</translation>
    </message>
    <message>
        <source>Move %1 and its actions to:</source>
        <translation type="unfinished">Déplacer %1 et ses actions vers :</translation>
    </message>
    <message>
        <source>Moved %1 with its actions to %2. Undo with Ctrl+Z.</source>
        <translation type="unfinished">%1 déplacé avec ses actions vers %2. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Move actions</source>
        <translation type="unfinished">Déplacer des actions</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to:</source>
        <translation type="unfinished">
            <numerusform>Déplacer %n action vers :</numerusform>
            <numerusform>Déplacer %n actions vers :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n action(s) to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n action déplacée vers %1. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n actions déplacées vers %1. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective %1 with its %n action(s)? Ctrl+Z brings them back.</source>
        <translation type="unfinished">
            <numerusform>Supprimer l&apos;objectif %1 avec son action (%n) ? Ctrl+Z la rétablit.</numerusform>
            <numerusform>Supprimer l&apos;objectif %1 avec ses %n actions ? Ctrl+Z les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the objective with its actions. Undo with Ctrl+Z.</source>
        <translation type="unfinished">Objectif supprimé avec ses actions. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>AreaStrip</name>
    <message>
        <source>Area</source>
        <translation type="unfinished">Domaine</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>BoardPane</name>
    <message>
        <source>Cards not on the board yet</source>
        <translation type="unfinished">Cartes pas encore sur la matrice</translation>
    </message>
    <message>
        <source>Not on the board &amp;yet:</source>
        <translation type="unfinished">Pas encore &amp;sur la matrice :</translation>
    </message>
</context>
<context>
    <name>BudgetBox</name>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished">Lignes budgétaires</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished">Ajouter une ligne budgétaire</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished">Total : %1</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">confirmé</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">attendu</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation type="unfinished">%1 n&apos;est pas un montant.</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <source>Year</source>
        <translation type="unfinished">Année</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Montant</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Source de financement</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished">Confirmé</translation>
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
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Card text</source>
        <translation type="unfinished">Texte de la carte</translation>
    </message>
    <message>
        <source>Enter saves, Shift+Enter starts a new line, Escape cancels</source>
        <translation type="unfinished">Entrée enregistre, Maj+Entrée commence une nouvelle ligne, Échap annule</translation>
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
        <translation type="unfinished">utilisation :</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished">arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished">options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished">afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation type="unfinished">afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>LC Planner: learning-city action plans for UNESCO GNLC workshops.</source>
        <translation type="unfinished">LC Planner : plans d&apos;action de ville apprenante pour les ateliers du GNLC de l&apos;UNESCO.</translation>
    </message>
    <message>
        <source>plan file (.lcplan) to open in the window</source>
        <translation type="unfinished">fichier de plan (.lcplan) à ouvrir dans la fenêtre</translation>
    </message>
    <message>
        <source>open a fresh copy of the demo plan</source>
        <translation type="unfinished">ouvrir une nouvelle copie du plan de démonstration</translation>
    </message>
    <message>
        <source>open the plan read-only</source>
        <translation type="unfinished">ouvrir le plan en lecture seule</translation>
    </message>
    <message>
        <source>language of the user interface (e.g. tr, en)</source>
        <translation type="unfinished">langue de l&apos;interface utilisateur (p. ex. tr, en)</translation>
    </message>
    <message>
        <source>preview the .ts files in DIR (a translator&apos;s working copy) without rebuilding</source>
        <translation type="unfinished">prévisualiser les fichiers .ts de DIR (copie de travail du traducteur) sans recompiler</translation>
    </message>
    <message>
        <source>create an empty plan file</source>
        <translation type="unfinished">créer un fichier de plan vide</translation>
    </message>
    <message>
        <source>city name</source>
        <translation type="unfinished">nom de la ville</translation>
    </message>
    <message>
        <source>plan title (default: the city name)</source>
        <translation type="unfinished">titre du plan (par défaut : le nom de la ville)</translation>
    </message>
    <message>
        <source>plan language (default: tr)</source>
        <translation type="unfinished">langue du plan (par défaut : tr)</translation>
    </message>
    <message>
        <source>first year of the plan period</source>
        <translation type="unfinished">première année de la période du plan</translation>
    </message>
    <message>
        <source>last year of the plan period</source>
        <translation type="unfinished">dernière année de la période du plan</translation>
    </message>
    <message>
        <source>currency code (default: TRY)</source>
        <translation type="unfinished">code de devise (par défaut : TRY)</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation type="unfinished">remplacer un fichier existant</translation>
    </message>
    <message>
        <source>create the demo plan file</source>
        <translation type="unfinished">créer le fichier du plan de démonstration</translation>
    </message>
    <message>
        <source>language of the demo</source>
        <translation type="unfinished">langue de la démonstration</translation>
    </message>
    <message>
        <source>show plan properties and the per-area summary</source>
        <translation type="unfinished">afficher les propriétés du plan et la synthèse par domaine</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished">afficher en JSON</translation>
    </message>
    <message>
        <source>check integrity and validity</source>
        <translation type="unfinished">vérifier l&apos;intégrité et la validité</translation>
    </message>
    <message>
        <source>warnings also fail the check</source>
        <translation type="unfinished">les avertissements font aussi échouer la vérification</translation>
    </message>
    <message>
        <source>carry the readable data of a damaged or altered plan into a new, clean plan</source>
        <translation type="unfinished">récupérer les données lisibles d&apos;un plan endommagé ou modifié dans un nouveau plan sain</translation>
    </message>
    <message>
        <source>the new plan file (.lcplan)</source>
        <translation type="unfinished">le nouveau fichier de plan (.lcplan)</translation>
    </message>
    <message>
        <source>write the Excel workplan</source>
        <translation type="unfinished">écrire le plan de travail Excel</translation>
    </message>
    <message>
        <source>the workbook to write (.xlsx)</source>
        <translation type="unfinished">le classeur à écrire (.xlsx)</translation>
    </message>
    <message>
        <source>language of the workbook (default: the plan&apos;s language)</source>
        <translation type="unfinished">langue du classeur (par défaut : la langue du plan)</translation>
    </message>
    <message>
        <source>lcplanner: error: %1</source>
        <translation type="unfinished">lcplanner : erreur : %1</translation>
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
        <translation type="unfinished">Commandes (lcplanner COMMAND --help pour le détail de chacune) :
  new FILE --city NAME   crée un plan vide
  demo FILE              crée le plan de démonstration
  info FILE [--json]     propriétés du plan et synthèse par domaine
  check FILE             rapport d&apos;intégrité et de validation
  export FILE -o X.xlsx  écrit le plan de travail Excel
  pdf FILE -o X.pdf      imprime le plan (ou une affiche du temple) en PDF
  rescue FILE -o NEW     récupère les données d&apos;un plan endommagé dans un nouveau plan</translation>
    </message>
    <message>
        <source>replace the output even if it is a plan file (.lcplan) or not a workbook, or write it under a name that does not end in .xlsx</source>
        <translation type="unfinished">remplace la sortie même s&apos;il s&apos;agit d&apos;un fichier de plan (.lcplan) ou pas d&apos;un classeur, ou l&apos;écrit sous un nom qui ne se termine pas par .xlsx</translation>
    </message>
    <message>
        <source>include contact persons&apos; phones and e-mails (left out by default: they are personal data)</source>
        <translation type="unfinished">inclut les téléphones et courriels des personnes de contact (omis par défaut : données personnelles)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished">%1 créé</translation>
    </message>
    <message>
        <source>Created the demo plan %1</source>
        <translation type="unfinished">Plan de démonstration %1 créé</translation>
    </message>
    <message>
        <source>%1
%2, %3, %4-%5, %6, language %7</source>
        <translation type="unfinished">%1
%2, %3, %4-%5, %6, langue %7</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation type="unfinished">Organisations : %1</translation>
    </message>
    <message>
        <source>%1 %2: objectives %3, actions %4, budget %5 %6, gaps %7</source>
        <translation type="unfinished">%1 %2 : objectifs %3, actions %4, budget %5 %6, lacunes %7</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished">erreur : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished">avertissement : %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished">%1 erreur(s), %2 avertissement(s)</translation>
    </message>
    <message numerus="yes">
        <source>Rescued %n row(s) into %1.</source>
        <translation type="unfinished">
            <numerusform>%n ligne récupérée dans %1.</numerusform>
            <numerusform>%n lignes récupérées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left behind %n row(s) that could not be read or broke the plan&apos;s rules.</source>
        <translation type="unfinished">
            <numerusform>%n ligne illisible ou contraire aux règles du plan laissée de côté.</numerusform>
            <numerusform>%n lignes illisibles ou contraires aux règles du plan laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n value(s) of the wrong kind.</source>
        <translation type="unfinished">
            <numerusform>%n valeur d&apos;un type incorrect effacée.</numerusform>
            <numerusform>%n valeurs d&apos;un type incorrect effacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n action exportée vers %1.</numerusform>
            <numerusform>%n actions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation type="unfinished">
            <numerusform>%n caractère qu&apos;un classeur ne peut pas contenir a été supprimé (caractère de contrôle).</numerusform>
            <numerusform>%n caractères qu&apos;un classeur ne peut pas contenir ont été supprimés (caractères de contrôle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n text(s) longer than Excel&apos;s 32,767 characters per cell.</source>
        <translation type="unfinished">
            <numerusform>%n texte de plus de 32 767 caractères (limite d&apos;Excel par cellule) tronqué.</numerusform>
            <numerusform>%n textes de plus de 32 767 caractères (limite d&apos;Excel par cellule) tronqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name had no extension, so .xlsx was added to it.</source>
        <translation type="unfinished">Le nom n&apos;avait pas d&apos;extension : .xlsx a été ajouté.</translation>
    </message>
    <message>
        <source>The disk is full, so the command&apos;s output could not be written.</source>
        <translation type="unfinished">Le disque est plein : la sortie de la commande n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The command&apos;s output could not be written: %1</source>
        <translation type="unfinished">La sortie de la commande n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>lcplanner: cannot compile the translations in %1: %2</source>
        <translation type="unfinished">lcplanner : impossible de compiler les traductions de %1 : %2</translation>
    </message>
    <message>
        <source>lcplanner: no lcplanner_*.ts files in %1</source>
        <translation type="unfinished">lcplanner : aucun fichier lcplanner_*.ts dans %1</translation>
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
        <translation type="unfinished">Modifier les propriétés du plan</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished">Ajouter une organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished">Modifier une organisation</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished">Supprimer une organisation</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished">Fusionner des organisations</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation type="unfinished">Ajouter un objectif</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation type="unfinished">Modifier un objectif</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished">Supprimer un objectif</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished">Déplacer un objectif</translation>
    </message>
    <message>
        <source>Move objective to another area</source>
        <translation type="unfinished">Déplacer un objectif vers un autre domaine</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished">Ajouter une action</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished">Modifier une action</translation>
    </message>
    <message>
        <source>Set lead</source>
        <translation type="unfinished">Désigner le responsable</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation type="unfinished">
            <numerusform>Supprimer %n action</numerusform>
            <numerusform>Supprimer %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Move action</source>
        <translation type="unfinished">Déplacer une action</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to another area</source>
        <translation type="unfinished">
            <numerusform>Déplacer %n action vers un autre domaine</numerusform>
            <numerusform>Déplacer %n actions vers un autre domaine</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit partners</source>
        <translation type="unfinished">Modifier les partenaires</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished">Ajouter une ligne budgétaire</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation type="unfinished">Modifier une ligne budgétaire</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation type="unfinished">Supprimer une ligne budgétaire</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished">Modifier un indicateur</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation type="unfinished">Supprimer un indicateur</translation>
    </message>
    <message>
        <source>Add workshop</source>
        <translation type="unfinished">Ajouter un atelier</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation type="unfinished">Modifier un atelier</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation type="unfinished">Supprimer un atelier</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation type="unfinished">Ajouter une partie prenante</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation type="unfinished">Modifier une partie prenante</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation type="unfinished">Supprimer une partie prenante</translation>
    </message>
    <message>
        <source>Mark who was present</source>
        <translation type="unfinished">Noter les présences</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished">Évaluer %1</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation type="unfinished">Ajouter une initiative</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation type="unfinished">Modifier une initiative</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation type="unfinished">Supprimer une initiative</translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished">Charger des énoncés</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished">Ajouter une carte</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation type="unfinished">Modifier une carte</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation type="unfinished">Déplacer une carte</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation type="unfinished">Supprimer une carte</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation type="unfinished">Fusionner des cartes</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">Ajouter un groupe</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished">Voter</translation>
    </message>
    <message>
        <source>Turn cards into an action</source>
        <translation type="unfinished">Transformer des cartes en action</translation>
    </message>
    <message>
        <source>Turn cards into an objective</source>
        <translation type="unfinished">Transformer des cartes en objectif</translation>
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
        <translation type="unfinished">Fer&amp;mer</translation>
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
        <translation type="unfinished">%1 : problème inattendu</translation>
    </message>
    <message>
        <source>%1 ran into an unexpected problem. Your plan is safe: every change was saved when you made it. Please send the details below to whoever supports %1.</source>
        <translation type="unfinished">%1 a rencontré un problème inattendu. Votre plan ne risque rien : chaque modification a été enregistrée au moment où vous l&apos;avez faite. Veuillez envoyer les détails ci-dessous à la personne ou au service qui assure l&apos;assistance de %1.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished">Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished">&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished">Copier les détails</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
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
        <translation type="unfinished">Indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Valeur de référence</translation>
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
        <translation type="unfinished">Action</translation>
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
        <translation type="unfinished">p. ex. %1</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished">Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished">Calendrier pour %1</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished">Effacer la date</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished">Effacer %1</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1, or leave it empty; Escape puts the saved date back.</source>
        <translation type="unfinished">Ce n’est pas une date. Écrivez-la comme %1, ou laissez vide ; Échap rétablit la date enregistrée.</translation>
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
        <translation type="unfinished">Action</translation>
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
        <translation type="unfinished">Auteur</translation>
    </message>
    <message>
        <source>Dots to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Terminée</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished">Points</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished">Effort</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Éléments probants</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Groupe</translation>
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
        <translation type="unfinished">Impact</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indicateur</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished">Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">Intérêt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Évaluation</translation>
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
        <translation type="unfinished">Remarque</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">Objectif</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished">Porté par</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% réalisé</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Dernière année</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">Première année</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Personne</translation>
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
        <translation type="unfinished">Énoncé</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">Portée</translation>
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
        <translation type="unfinished">Statut</translation>
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
        <translation type="unfinished">Domaine</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
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
        <translation type="unfinished">Page de garde</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Synthèse</translation>
    </message>
    <message>
        <source>Fundamental conditions</source>
        <translation type="unfinished">Conditions fondamentales</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Calendrier</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indicateurs</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Budget</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organisations</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation type="unfinished">État des lieux</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished">Idées</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">Vision</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation type="unfinished">Période du plan</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation type="unfinished">Nombre d&apos;actions</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished">Budget total</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished">Cadre</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">Caractéristiques clés</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">Objectif</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">Groupes cibles</translation>
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
        <translation type="unfinished">Partenaires (rôle)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Fin</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation type="unfinished">Total du budget</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">Sources de financement</translation>
    </message>
    <message>
        <source>Indicators (baseline → target)</source>
        <translation type="unfinished">Indicateurs (référence → cible)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% réalisé</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Priorité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>ID (do not edit)</source>
        <translation type="unfinished">ID (ne pas modifier)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Domaine</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Objectifs</translation>
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
        <translation type="unfinished">Partenaires</translation>
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
        <translation type="unfinished">Axes des lignes directrices</translation>
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
        <translation type="unfinished">Actions</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished">Budget %1</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation type="unfinished">Actions incomplètes</translation>
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
        <translation type="unfinished">Indicateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Valeur de référence</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">Année de référence</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">Valeur cible</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished">Année cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Valeur réalisée</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Source des données</translation>
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
        <translation type="unfinished">Année</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Source de financement</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation type="unfinished">Confirmé ou attendu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Montant</translation>
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
        <translation type="unfinished">oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">non</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">confirmé</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">attendu</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation type="unfinished">Total confirmé</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation type="unfinished">Total attendu</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished">Total %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Secteur</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">Personne de contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
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
        <translation type="unfinished">Partenaire de</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished">T%1 %2</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished">Légende</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished">Aucune action pour le moment.</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(aucun objectif)</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation type="unfinished">Page &amp;P sur &amp;N</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">Énoncé</translation>
    </message>
    <message>
        <source>Key feature</source>
        <translation type="unfinished">Caractéristique clé</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Évaluation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Éléments probants</translation>
    </message>
    <message>
        <source>Existing initiative</source>
        <translation type="unfinished">Initiative existante</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Porteur</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">Portée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Remarque</translation>
    </message>
    <message>
        <source>(the area as a whole)</source>
        <translation type="unfinished">(le domaine dans son ensemble)</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished">Idée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Auteur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Groupe</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished">Points</translation>
    </message>
    <message>
        <source>Votes by group</source>
        <translation type="unfinished">Votes par groupe</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished">Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished">Effort</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished">Quadrant</translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished">Transformée en</translation>
    </message>
    <message>
        <source>action %1</source>
        <extracomment>What a card became: %1 is a code (&quot;BB1-3&quot;).</extracomment>
        <translation type="unfinished">action %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation type="unfinished">objectif %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export workplan</source>
        <translation type="unfinished">Exporter le plan de travail</translation>
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
        <translation type="unfinished">Classeurs Excel (*.xlsx)</translation>
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
        <translation type="unfinished">Plan de travail %1</translation>
    </message>
    <message>
        <source>Export workplan</source>
        <translation type="unfinished">Exporter le plan de travail</translation>
    </message>
    <message>
        <source>Writing the workplan…</source>
        <translation type="unfinished">Écriture du plan de travail…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n action exportée vers %1.</numerusform>
            <numerusform>%n actions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation type="unfinished">
            <numerusform>%n caractère qu&apos;un classeur ne peut pas contenir a été supprimé (caractère de contrôle).</numerusform>
            <numerusform>%n caractères qu&apos;un classeur ne peut pas contenir ont été supprimés (caractères de contrôle).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Actions (%1)</source>
        <translation type="unfinished">Actions (%1)</translation>
    </message>
    <message>
        <source>Objectives (%1)</source>
        <translation type="unfinished">Objectifs (%1)</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation type="unfinished">Organisations (%1)</translation>
    </message>
    <message>
        <source>Indicators (%1)</source>
        <translation type="unfinished">Indicateurs (%1)</translation>
    </message>
    <message>
        <source>Find in the whole plan</source>
        <translation type="unfinished">Rechercher dans tout le plan</translation>
    </message>
    <message>
        <source>Actions, objectives, organisations, indicators: type a word</source>
        <translation type="unfinished">Actions, objectifs, organisations, indicateurs : tapez un mot</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">Filtre de statut</translation>
    </message>
    <message>
        <source>Lead filter</source>
        <translation type="unfinished">Filtre de responsable</translation>
    </message>
    <message>
        <source>Only actions with gaps</source>
        <translation type="unfinished">Uniquement les actions avec lacunes</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Résultats</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Tous les statuts</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation type="unfinished">Tous les responsables</translation>
    </message>
    <message>
        <source>Type a word to search every area of the plan.</source>
        <translation type="unfinished">Tapez un mot pour rechercher dans tous les domaines du plan.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished">Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the whole plan.</source>
        <translation type="unfinished">
            <numerusform>%n résultat dans tout le plan.</numerusform>
            <numerusform>%n résultats dans tout le plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches as typed; %n found when accents are ignored.</source>
        <translation type="unfinished">
            <numerusform>Aucune correspondance exacte ; %n résultat en ignorant les accents.</numerusform>
            <numerusform>Aucune correspondance exacte ; %n résultats en ignorant les accents.</numerusform>
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
        <translation type="unfinished">Autonomisation individuelle et cohésion sociale</translation>
    </message>
    <message>
        <source>Empowerment and cohesion</source>
        <translation type="unfinished">Autonomisation, cohésion</translation>
    </message>
    <message>
        <source>Economic development and cultural prosperity</source>
        <translation type="unfinished">Développement économique et prospérité culturelle</translation>
    </message>
    <message>
        <source>Economy and culture</source>
        <translation type="unfinished">Économie et culture</translation>
    </message>
    <message>
        <source>Sustainable development</source>
        <translation type="unfinished">Développement durable</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation type="unfinished">Durabilité</translation>
    </message>
    <message>
        <source>Inclusive learning in the education system</source>
        <translation type="unfinished">Apprentissage inclusif dans le système éducatif</translation>
    </message>
    <message>
        <source>Education system</source>
        <translation type="unfinished">Système éducatif</translation>
    </message>
    <message>
        <source>Re-vitalised learning in families and communities</source>
        <translation type="unfinished">Apprentissage revitalisé dans les familles et les communautés</translation>
    </message>
    <message>
        <source>Families and communities</source>
        <translation type="unfinished">Familles et communautés</translation>
    </message>
    <message>
        <source>Effective learning for and in the workplace</source>
        <translation type="unfinished">Apprentissage efficace pour et sur le lieu de travail</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished">Lieu de travail</translation>
    </message>
    <message>
        <source>Extended use of modern learning technologies</source>
        <translation type="unfinished">Usage élargi des technologies modernes d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Learning technologies</source>
        <translation type="unfinished">Technologies éducatives</translation>
    </message>
    <message>
        <source>Enhanced quality in learning</source>
        <translation type="unfinished">Amélioration de la qualité de l&apos;apprentissage</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished">Qualité</translation>
    </message>
    <message>
        <source>A vibrant culture of learning throughout life</source>
        <translation type="unfinished">Une culture dynamique de l&apos;apprentissage tout au long de la vie</translation>
    </message>
    <message>
        <source>Culture of learning</source>
        <translation type="unfinished">Culture d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Strong political will and commitment</source>
        <translation type="unfinished">Volonté et engagement politiques forts</translation>
    </message>
    <message>
        <source>Political will</source>
        <translation type="unfinished">Volonté politique</translation>
    </message>
    <message>
        <source>Governance and participation of all stakeholders</source>
        <translation type="unfinished">Gouvernance et participation de toutes les parties prenantes</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished">Gouvernance</translation>
    </message>
    <message>
        <source>Mobilisation and utilisation of resources</source>
        <translation type="unfinished">Mobilisation et utilisation des ressources</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished">Ressources</translation>
    </message>
    <message>
        <source>The key-feature prompts are LC Planner&apos;s short paraphrase of the UNESCO Institute for Lifelong Learning&apos;s Key Features of Learning Cities (Beijing, 2013), not the official text.</source>
        <translation type="unfinished">Les caractéristiques clés proposées sont une brève paraphrase, rédigée pour LC Planner, des Caractéristiques clés des villes apprenantes (Pékin, 2013) de l&apos;Institut de l&apos;UNESCO pour l&apos;apprentissage tout au long de la vie ; ce n&apos;est pas le texte officiel.</translation>
    </message>
    <message>
        <source>Framework: UNESCO Institute for Lifelong Learning, Key Features of Learning Cities (2013) and Guidelines for Building Learning Cities (2015).</source>
        <translation type="unfinished">Cadre : Institut de l&apos;UNESCO pour l&apos;apprentissage tout au long de la vie, Caractéristiques clés des villes apprenantes (2013) et Lignes directrices pour la construction de villes apprenantes (2015).</translation>
    </message>
    <message>
        <source>Early childhood care and education</source>
        <translation type="unfinished">Éducation et protection de la petite enfance</translation>
    </message>
    <message>
        <source>Access and participation from primary to higher education</source>
        <translation type="unfinished">Accès et participation, du primaire à l&apos;enseignement supérieur</translation>
    </message>
    <message>
        <source>Adult education and vocational training</source>
        <translation type="unfinished">Éducation des adultes et formation professionnelle</translation>
    </message>
    <message>
        <source>Support for marginalised groups and migrant families</source>
        <translation type="unfinished">Soutien aux groupes marginalisés et aux familles migrantes</translation>
    </message>
    <message>
        <source>Community learning spaces: centres, libraries, museums</source>
        <translation type="unfinished">Espaces d&apos;apprentissage de proximité : centres, bibliothèques, musées</translation>
    </message>
    <message>
        <source>Residents take part in community learning</source>
        <translation type="unfinished">Les habitants participent à l&apos;apprentissage de proximité</translation>
    </message>
    <message>
        <source>Reaching groups at risk: families in need, migrants, people with disabilities, minorities, older learners</source>
        <translation type="unfinished">Atteindre les groupes à risque : familles en difficulté, migrants, personnes handicapées, minorités, apprenants âgés</translation>
    </message>
    <message>
        <source>Valuing local history, culture and indigenous knowledge</source>
        <translation type="unfinished">Valoriser l&apos;histoire, la culture et les savoirs autochtones locaux</translation>
    </message>
    <message>
        <source>Public and private bodies become learning organisations</source>
        <translation type="unfinished">Les organismes publics et privés deviennent des organisations apprenantes</translation>
    </message>
    <message>
        <source>Learning for every employee, migrant workers included</source>
        <translation type="unfinished">Apprentissage pour tous les salariés, travailleurs migrants compris</translation>
    </message>
    <message>
        <source>Employers and unions back workplace learning</source>
        <translation type="unfinished">Les employeurs et les syndicats soutiennent l&apos;apprentissage sur le lieu de travail</translation>
    </message>
    <message>
        <source>Learning for unemployed young people and adults</source>
        <translation type="unfinished">Apprentissage pour les jeunes et les adultes sans emploi</translation>
    </message>
    <message>
        <source>Administrators, teachers and educators trained to use learning technologies</source>
        <translation type="unfinished">Administrateurs, enseignants et éducateurs formés aux technologies d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Every resident can reach computers and the internet</source>
        <translation type="unfinished">Chaque habitant a accès aux ordinateurs et à Internet</translation>
    </message>
    <message>
        <source>Good e-learning resources</source>
        <translation type="unfinished">Des ressources d&apos;apprentissage en ligne de qualité</translation>
    </message>
    <message>
        <source>From teaching to learning: creativity and learning to learn</source>
        <translation type="unfinished">De l&apos;enseignement à l&apos;apprentissage : créativité et apprendre à apprendre</translation>
    </message>
    <message>
        <source>Shared values and tolerance</source>
        <translation type="unfinished">Valeurs partagées et tolérance</translation>
    </message>
    <message>
        <source>Well-trained educators</source>
        <translation type="unfinished">Des éducateurs bien formés</translation>
    </message>
    <message>
        <source>Learner-friendly places, special needs included</source>
        <translation type="unfinished">Des lieux adaptés aux apprenants, besoins particuliers compris</translation>
    </message>
    <message>
        <source>Public events that celebrate learning, such as learning festivals</source>
        <translation type="unfinished">Des événements publics qui célèbrent l&apos;apprentissage, comme les festivals de l&apos;apprentissage</translation>
    </message>
    <message>
        <source>Information, guidance and support for learners</source>
        <translation type="unfinished">Information, orientation et accompagnement des apprenants</translation>
    </message>
    <message>
        <source>Media, libraries and cultural institutions promote learning</source>
        <translation type="unfinished">Les médias, les bibliothèques et les institutions culturelles promeuvent l&apos;apprentissage</translation>
    </message>
    <message>
        <source>All forms of learning are recognised and rewarded</source>
        <translation type="unfinished">Toutes les formes d&apos;apprentissage sont reconnues et valorisées</translation>
    </message>
    <message>
        <source>City leaders commit to building a learning city</source>
        <translation type="unfinished">Les dirigeants de la ville s&apos;engagent à bâtir une ville apprenante</translation>
    </message>
    <message>
        <source>A lifelong-learning strategy and plan made with all partners</source>
        <translation type="unfinished">Une stratégie et un plan d&apos;apprentissage tout au long de la vie élaborés avec tous les partenaires</translation>
    </message>
    <message>
        <source>Progress is monitored and reported</source>
        <translation type="unfinished">Les progrès font l&apos;objet d&apos;un suivi et de rapports</translation>
    </message>
    <message>
        <source>A coordination body across sectors</source>
        <translation type="unfinished">Un organe de coordination intersectoriel</translation>
    </message>
    <message>
        <source>Every stakeholder contributes: public, private, civil society, education</source>
        <translation type="unfinished">Chaque partie prenante contribue : public, privé, société civile, éducation</translation>
    </message>
    <message>
        <source>Partnerships, international ones included</source>
        <translation type="unfinished">Des partenariats, y compris internationaux</translation>
    </message>
    <message>
        <source>More investment in lifelong learning from every source</source>
        <translation type="unfinished">Davantage d&apos;investissements dans l&apos;apprentissage tout au long de la vie, de toutes sources</translation>
    </message>
    <message>
        <source>Stakeholders&apos; resources used well; new ways of funding</source>
        <translation type="unfinished">Ressources des parties prenantes bien utilisées ; nouveaux modes de financement</translation>
    </message>
    <message>
        <source>Learning opportunities for disadvantaged groups are funded</source>
        <translation type="unfinished">Les possibilités d&apos;apprentissage pour les groupes défavorisés sont financées</translation>
    </message>
    <message>
        <source>Volunteers contribute their time and skills</source>
        <translation type="unfinished">Les bénévoles apportent leur temps et leurs compétences</translation>
    </message>
    <message>
        <source>Cities exchange ideas and experience</source>
        <translation type="unfinished">Les villes échangent idées et expériences</translation>
    </message>
    <message>
        <source>Develop a plan</source>
        <translation type="unfinished">Élaborer un plan</translation>
    </message>
    <message>
        <source>Coordinate all stakeholders</source>
        <translation type="unfinished">Coordonner les acteurs</translation>
    </message>
    <message>
        <source>Celebrate learning</source>
        <translation type="unfinished">Célébrer l&apos;apprentissage</translation>
    </message>
    <message>
        <source>Learning accessible to all</source>
        <translation type="unfinished">Apprentissage pour tous</translation>
    </message>
    <message>
        <source>Monitor and evaluate</source>
        <translation type="unfinished">Suivre et évaluer</translation>
    </message>
    <message>
        <source>Sustainable funding</source>
        <translation type="unfinished">Financement durable</translation>
    </message>
</context>
<context>
    <name>GapsDialog</name>
    <message>
        <source>Gaps</source>
        <translation type="unfinished">Lacunes</translation>
    </message>
    <message>
        <source>What the plan still lacks. Enter or a double-click goes to the field.</source>
        <translation type="unfinished">Ce qui manque encore au plan. Entrée ou un double-clic mène au champ.</translation>
    </message>
    <message>
        <source>No gaps: every action has a lead, an indicator, a budget and dates.</source>
        <translation type="unfinished">Aucune lacune : chaque action a un responsable, un indicateur, un budget et des dates.</translation>
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
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
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
        <translation type="unfinished">Gains rapides</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation type="unfinished">Projets majeurs</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation type="unfinished">Tâches d&apos;appoint</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation type="unfinished">Tâches ingrates</translation>
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
        <translation type="unfinished">Domaine des nouvelles cartes</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down in the idea field choose the area too; drop cards here to move them to this area</source>
        <translation type="unfinished">Alt+Haut / Alt+Bas dans le champ de l&apos;idée choisissent aussi le domaine ; déposez des cartes ici pour les déplacer vers ce domaine</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation type="unfinished">Saisissez une idée et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>New card</source>
        <translation type="unfinished">Nouvelle carte</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">facultatif</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Auteur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Groupe</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">Domai&amp;ne :</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation type="unfinished">&amp;Idée :</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation type="unfinished">A&amp;uteur :</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation type="unfinished">Gr&amp;oupe :</translation>
    </message>
    <message>
        <source>Voter group</source>
        <translation type="unfinished">Groupe votant</translation>
    </message>
    <message>
        <source>Whose dots + / − and the digits set on the selected card</source>
        <translation type="unfinished">Le groupe dont + / − et les chiffres placent les points sur la carte sélectionnée</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation type="unfinished">Nom, puis Entrée</translation>
    </message>
    <message>
        <source>New voter group</source>
        <translation type="unfinished">Nouveau groupe votant</translation>
    </message>
    <message>
        <source>Dots of the new group</source>
        <translation type="unfinished">Points du nouveau groupe</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">Ajouter le groupe</translation>
    </message>
    <message>
        <source>Vo&amp;tes of:</source>
        <translation type="unfinished">Vo&amp;tes de :</translation>
    </message>
    <message>
        <source>&amp;New group:</source>
        <translation type="unfinished">Nou&amp;veau groupe :</translation>
    </message>
    <message>
        <source>Bu&amp;dget:</source>
        <translation type="unfinished">&amp;Budget :</translation>
    </message>
    <message>
        <source>&amp;Sort by dots</source>
        <translation type="unfinished">Trier par &amp;points</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">Afficher</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished">Toutes les cartes</translation>
    </message>
    <message>
        <source>Not on the board yet</source>
        <translation type="unfinished">Pas encore sur la matrice</translation>
    </message>
    <message>
        <source>&amp;Quadrant:</source>
        <translation type="unfinished">&amp;Quadrant :</translation>
    </message>
    <message>
        <source>Idea wall</source>
        <translation type="unfinished">Mur d&apos;idées</translation>
    </message>
    <message>
        <source>Impact–effort board</source>
        <translation type="unfinished">Matrice impact–effort</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation type="unfinished">Mu&amp;r</translation>
    </message>
    <message>
        <source>Impact–effort &amp;board</source>
        <translation type="unfinished">&amp;Matrice impact–effort</translation>
    </message>
    <message>
        <source>Enter adds a card. On a card: F2 edit · Delete · Alt+←/→ other area · Ctrl+M merge · + / − or 0–9 dots · Ctrl+arrows on the board · Ctrl+Enter action · Ctrl+Shift+Enter objective</source>
        <translation type="unfinished">Entrée ajoute une carte. Sur une carte : F2 modifier · Suppr supprimer · Alt+←/→ autre domaine · Ctrl+M fusionner · + / − ou 0–9 points · Ctrl+flèches sur la matrice · Ctrl+Entrée action · Ctrl+Maj+Entrée objectif</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>voter group: name, dots spent/budget</comment>
        <translation type="unfinished">%1 %2/%3</translation>
    </message>
    <message>
        <source>Card added to %1. Type the next one; Ctrl+Z takes it back.</source>
        <translation type="unfinished">Carte ajoutée à %1. Saisissez la suivante ; Ctrl+Z la retire.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation type="unfinished">
            <numerusform>Supprimer %n carte</numerusform>
            <numerusform>Supprimer %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n card(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n carte supprimée. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n cartes supprimées. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation type="unfinished">
            <numerusform>Déplacer %n carte</numerusform>
            <numerusform>Déplacer %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n carte déplacée vers %1. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n cartes déplacées vers %1. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation type="unfinished">Déplacer des cartes</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to:</source>
        <translation type="unfinished">
            <numerusform>Déplacer %n carte vers :</numerusform>
            <numerusform>Déplacer %n cartes vers :</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two cards to merge (Ctrl+click or Shift+arrows).</source>
        <translation type="unfinished">Sélectionnez deux cartes à fusionner (Ctrl+clic ou Maj+flèches).</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation type="unfinished">Fusionner des cartes</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n card(s) into one. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n carte fusionnée en une seule. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n cartes fusionnées en une seule. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a card first.</source>
        <translation type="unfinished">Choisissez d&apos;abord une carte.</translation>
    </message>
    <message>
        <source>Add a voter group first: its name and its dots.</source>
        <translation type="unfinished">Ajoutez d&apos;abord un groupe votant : son nom et ses points.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n dot(s) on this card.</source>
        <translation type="unfinished">
            <numerusform>%1 a %n point sur cette carte.</numerusform>
            <numerusform>%1 a %n points sur cette carte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n card(s) on the board</source>
        <translation type="unfinished">
            <numerusform>Placer %n carte sur la matrice</numerusform>
            <numerusform>Placer %n cartes sur la matrice</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board: impact %1, effort %2 (%3).</source>
        <translation type="unfinished">Sur la matrice : impact %1, effort %2 (%3).</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation type="unfinished">Choisissez les cartes à transformer en action ou en objectif.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the action %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n carte est devenue l&apos;action %1. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n cartes sont devenues l&apos;action %1. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the objective %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n carte est devenue l&apos;objectif %1. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n cartes sont devenues l&apos;objectif %1. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 can spend %n dot(s).</source>
        <translation type="unfinished">
            <numerusform>%1 peut attribuer %n point.</numerusform>
            <numerusform>%1 peut attribuer %n points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactEffortBoard</name>
    <message>
        <source>Effort →</source>
        <translation type="unfinished">Effort →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation type="unfinished">Impact →</translation>
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
        <translation type="unfinished">Objectif</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">Groupes cibles</translation>
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
        <translation type="unfinished">Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Date de fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">% réalisé</translation>
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
        <translation type="unfinished">Source de financement</translation>
    </message>
    <message>
        <source>Indicators (KPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
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
        <translation type="unfinished">Domai&amp;ne des lignes sans domaine :</translation>
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
        <translation type="unfinished">(à choisir)</translation>
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
        <translation type="unfinished">Appli&amp;quer</translation>
    </message>
</context>
<context>
    <name>IndicatorBox</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indicateurs</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">Ajouter un indicateur</translation>
    </message>
    <message>
        <source>New indicator, e.g. number of participants</source>
        <translation type="unfinished">Nouvel indicateur, p. ex. nombre de participants</translation>
    </message>
    <message>
        <source>New indicator name</source>
        <translation type="unfinished">Nom du nouvel indicateur</translation>
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
        <translation type="unfinished">Nouvel indicateur</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished">oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">non</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished">%1 n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indicateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Valeur de référence</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">Année de référence</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">Valeur cible</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished">Année cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Valeur réalisée</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Source des données</translation>
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
        <translation type="unfinished">Porté par</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">Portée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Remarque</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">Énoncé</translation>
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
        <translation type="unfinished">Navigateur</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished">&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished">&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <translation type="unfinished">Ouvrir le plan de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation type="unfinished">Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Export Workplan…</source>
        <translation type="unfinished">&amp;Exporter le plan de travail…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished">Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished">Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Action &amp;Editor</source>
        <translation type="unfinished">Éditeur d&apos;&amp;actions</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished">Plein é&amp;cran</translation>
    </message>
    <message>
        <source>Workshop &amp;Timer</source>
        <translation type="unfinished">Minuteur d&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;About LC Planner</source>
        <translation type="unfinished">À &amp;propos de LC Planner</translation>
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
        <translation type="unfinished">&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">Plans &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">Affic&amp;hage</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation type="unfinished">&amp;Volet suivant</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished">Volet pr&amp;écédent</translation>
    </message>
    <message>
        <source>&amp;Gaps…</source>
        <translation type="unfinished">&amp;Lacunes…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished">All&amp;er</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Aide</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation type="unfinished">Plan en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation type="unfinished">%1

L&apos;ouvrir en lecture seule ?</translation>
    </message>
    <message>
        <source>Upgraded the plan file; the old version is kept as %1</source>
        <translation type="unfinished">Le fichier du plan a été mis à niveau ; l&apos;ancienne version est conservée sous %1</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished">Ouvrir un plan</translation>
    </message>
    <message>
        <source>LC Planner plans (%1)</source>
        <translation type="unfinished">Plans LC Planner (%1)</translation>
    </message>
    <message>
        <source>Demo plan</source>
        <translation type="unfinished">Plan de démonstration</translation>
    </message>
    <message>
        <source>Cannot create the demo plan</source>
        <translation type="unfinished">Impossible de créer le plan de démonstration</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation type="unfinished">Enregistrer le nouveau plan sous</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation type="unfinished">Impossible de créer le plan</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished">Enregistré à %1</translation>
    </message>
    <message>
        <source>%1 – LC Planner</source>
        <translation type="unfinished">%1 – LC Planner</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation type="unfinished">%1 [lecture seule]</translation>
    </message>
    <message>
        <source>About LC Planner</source>
        <translation type="unfinished">À propos de LC Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı: learning-city action plans for workshops, offline.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;Planificateur de ville apprenante : plans d&apos;action de ville apprenante pour les ateliers, hors ligne.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licence : GNU GPL version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 n&apos;est pas une date.</translation>
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
        <translation type="unfinished">Remarque</translation>
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
        <translation type="unfinished">Ajou&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">&amp;Nouvelle :</translation>
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
        <translation type="unfinished">Annuler</translation>
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
        <translation type="unfinished">Cha&amp;ngements (%1)</translation>
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
        <translation type="unfinished">%1 n&apos;est pas une date.</translation>
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
        <translation type="unfinished">Domai&amp;ne :</translation>
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
        <translation type="unfinished">Action</translation>
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
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% réalisé</translation>
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
        <translation type="unfinished">1 Parties prenantes</translation>
    </message>
    <message>
        <source>2 Stock-take</source>
        <translation type="unfinished">2 État des lieux</translation>
    </message>
    <message>
        <source>3 Ideas and votes</source>
        <translation type="unfinished">3 Idées et votes</translation>
    </message>
    <message>
        <source>Workshop, step 1: who is in the room and who should be (Ctrl+Shift+1)</source>
        <translation type="unfinished">Atelier, étape 1 : qui est dans la salle et qui devrait y être (Ctrl+Maj+1)</translation>
    </message>
    <message>
        <source>Workshop, step 2: what the city already has, area by area (Ctrl+Shift+2)</source>
        <translation type="unfinished">Atelier, étape 2 : ce que la ville a déjà, domaine par domaine (Ctrl+Maj+2)</translation>
    </message>
    <message>
        <source>Workshop, steps 3 and 4: ideas on the wall, dots and the impact-effort board; the best become actions (Ctrl+Shift+3)</source>
        <translation type="unfinished">Atelier, étapes 3 et 4 : les idées au mur, les points et la matrice impact–effort ; les meilleures deviennent des actions (Ctrl+Maj+3)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Calendrier</translation>
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
        <translation type="unfinished">Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organisations</translation>
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
            <numerusform>%1 : %2, %n action</numerusform>
            <numerusform>%1 : %2, %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (some actions lack a lead, an indicator, a budget or dates)</source>
        <translation type="unfinished">%1 (certaines actions n&apos;ont pas de responsable, d&apos;indicateur, de budget ou de dates)</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished">Nouveau plan</translation>
    </message>
    <message>
        <source>Learning City Action Plan</source>
        <translation type="unfinished">Plan d&apos;action Ville apprenante</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">Première année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Dernière année</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">&amp;Période :</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation type="unfinished">&amp;Langue du plan :</translation>
    </message>
    <message>
        <source>%1 Learning City Action Plan</source>
        <translation type="unfinished">Plan d&apos;action Ville apprenante de %1</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>(choose)</source>
        <translation type="unfinished">(à choisir)</translation>
    </message>
    <message>
        <source>No sector yet: choose one (double-click the Sector cell).</source>
        <translation type="unfinished">Pas encore de secteur : choisissez-en un (double-clic sur la cellule Secteur).</translation>
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
        <translation type="unfinished">Secteur</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">Personne de contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Responsable de</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">Partenaire de</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>&lt;h2&gt;Organisations&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Organisations&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organisations</translation>
    </message>
    <message>
        <source>New organisation: type its name and press Enter</source>
        <translation type="unfinished">Nouvelle organisation : saisissez son nom et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished">Nouvelle organisation</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished">F&amp;usionner…</translation>
    </message>
    <message>
        <source>Select two organisations that are the same, then merge</source>
        <translation type="unfinished">Sélectionnez deux organisations identiques, puis fusionnez-les</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Supprimer</translation>
    </message>
    <message>
        <source>Actions of the organisation</source>
        <translation type="unfinished">Actions de l&apos;organisation</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished">Supprimer une organisation</translation>
    </message>
    <message>
        <source>Select exactly two organisations to merge.</source>
        <translation type="unfinished">Sélectionnez exactement deux organisations à fusionner.</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished">Fusionner des organisations</translation>
    </message>
    <message>
        <source>Keep which name? The other is merged into it.</source>
        <translation type="unfinished">Quel nom conserver ? L&apos;autre organisation y sera fusionnée.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an organisation to see its actions.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;Sélectionnez une organisation pour voir ses actions.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;i&gt;aucune&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</source>
        <translation type="unfinished">&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Leads %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform>&lt;p&gt;&lt;b&gt;Responsable de %n action :&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Responsable de %n actions :&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Partner in %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform>&lt;p&gt;&lt;b&gt;Partenaire de %n action :&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Partenaire de %n actions :&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Plan properties</source>
        <translation type="unfinished">Propriétés du plan</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">Première année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Dernière année</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Ville :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titre :</translation>
    </message>
    <message>
        <source>V&amp;ision:</source>
        <translation type="unfinished">Visi&amp;on :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">Pér&amp;iode :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished">Devi&amp;se :</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation type="unfinished">&amp;Langue du plan :</translation>
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
        <translation type="unfinished">Rôle</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partenaires</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished">Organisation partenaire</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation type="unfinished">Choisissez une organisation ou saisissez-en une nouvelle</translation>
    </message>
    <message>
        <source>Partner role</source>
        <translation type="unfinished">Rôle du partenaire</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished">Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Retirer</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">Rôle de %1</translation>
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
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">Vision</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation type="unfinished">Période du plan</translation>
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
        <translation type="unfinished">Date d&apos;export</translation>
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
        <translation type="unfinished">Nombre d&apos;actions</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished">Budget total</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Domaine</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">Objectifs</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Actions</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Budget</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation type="unfinished">Total du budget</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation type="unfinished">Actions incomplètes</translation>
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
        <translation type="unfinished">Indicateurs</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(aucun objectif)</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished">Aucune action pour le moment.</translation>
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
        <translation type="unfinished">Organisations</translation>
    </message>
    <message>
        <source>Contact persons, e-mail addresses and phone numbers are kept in the plan file and not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">Groupes cibles</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation type="unfinished">Partenaires (rôle)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% réalisé</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Priorité</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">Caractéristiques clés</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">Axes des lignes directrices</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">Sources de financement</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Valeur de référence</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">Valeur cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Valeur réalisée</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Source des données</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Année</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Source de financement</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation type="unfinished">Confirmé ou attendu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Montant</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">confirmé</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">attendu</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation type="unfinished">Total confirmé</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation type="unfinished">Total attendu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">non</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Secteur</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Responsable de</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">Partenaire de</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">État des lieux : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation type="unfinished">
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation type="unfinished">
            <numerusform>⚠ %n lacune</numerusform>
            <numerusform>⚠ %n lacunes</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Calendrier</translation>
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
        <translation type="unfinished">L&apos;action %1 se trouve dans un domaine inconnu.</translation>
    </message>
    <message>
        <source>Objective %1 is in an unknown area.</source>
        <translation type="unfinished">L&apos;objectif %1 se trouve dans un domaine inconnu.</translation>
    </message>
    <message>
        <source>Action %1 has an unknown status.</source>
        <translation type="unfinished">L&apos;action %1 a un statut inconnu.</translation>
    </message>
    <message>
        <source>The plan “%1” is a draft but has an approval date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 has a priority or percentage out of range.</source>
        <translation type="unfinished">L&apos;action %1 a une priorité ou un pourcentage hors limites.</translation>
    </message>
    <message>
        <source>Action %1 ends before it starts.</source>
        <translation type="unfinished">L&apos;action %1 se termine avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <source>The lead of action %1 belongs to another plan.</source>
        <translation type="unfinished">Le responsable de l&apos;action %1 appartient à un autre plan.</translation>
    </message>
    <message>
        <source>Action %1 sits under an objective of another area.</source>
        <translation type="unfinished">L&apos;action %1 est placée sous un objectif d&apos;un autre domaine.</translation>
    </message>
    <message>
        <source>A partner of action %1 has an unknown role.</source>
        <translation type="unfinished">Un partenaire de l&apos;action %1 a un rôle inconnu.</translation>
    </message>
    <message>
        <source>A budget line of action %1 is negative or has an unknown source.</source>
        <translation type="unfinished">Une ligne budgétaire de l&apos;action %1 est négative ou a une source inconnue.</translation>
    </message>
    <message>
        <source>Indicator %1 has an unknown kind.</source>
        <translation type="unfinished">L&apos;indicateur %1 est d&apos;un type inconnu.</translation>
    </message>
    <message>
        <source>Organisation %1 has an unknown sector.</source>
        <translation type="unfinished">L&apos;organisation %1 a un secteur inconnu.</translation>
    </message>
    <message>
        <source>The card “%1” is in an unknown area.</source>
        <translation type="unfinished">La carte « %1 » se trouve dans un domaine inconnu.</translation>
    </message>
    <message>
        <source>The prompt %1 is in an unknown area.</source>
        <translation type="unfinished">L&apos;énoncé %1 se trouve dans un domaine inconnu.</translation>
    </message>
    <message>
        <source>The initiative %1 is in an unknown area.</source>
        <translation type="unfinished">L&apos;initiative %1 se trouve dans un domaine inconnu.</translation>
    </message>
    <message>
        <source>The rating %1 has an unknown area or level.</source>
        <translation type="unfinished">L&apos;évaluation %1 a un domaine ou un niveau inconnu.</translation>
    </message>
    <message>
        <source>The stakeholder %1 has an influence or interest out of range.</source>
        <translation type="unfinished">La partie prenante %1 a une influence ou un intérêt hors limites.</translation>
    </message>
    <message>
        <source>The group %1 has spent more dots than its budget.</source>
        <translation type="unfinished">Le groupe %1 a attribué plus de points que son budget ne le permet.</translation>
    </message>
    <message>
        <source>Action %1 has no lead organisation.</source>
        <translation type="unfinished">L&apos;action %1 n&apos;a pas d&apos;organisation responsable.</translation>
    </message>
    <message>
        <source>Action %1 has no indicator.</source>
        <translation type="unfinished">L&apos;action %1 n&apos;a pas d&apos;indicateur.</translation>
    </message>
    <message>
        <source>Action %1 has no budget.</source>
        <translation type="unfinished">L&apos;action %1 n&apos;a pas de budget.</translation>
    </message>
    <message>
        <source>Action %1 has no start or end date.</source>
        <translation type="unfinished">L&apos;action %1 n&apos;a pas de date de début ou de fin.</translation>
    </message>
    <message>
        <source>Database damage: %1</source>
        <translation type="unfinished">Base de données endommagée : %1</translation>
    </message>
    <message>
        <source>Row %2 of %1 points to a missing row of %3.</source>
        <translation type="unfinished">La ligne %2 de la table %1 renvoie à une ligne inexistante de la table %3.</translation>
    </message>
    <message>
        <source>Action %1 names unknown key features: %2.</source>
        <translation type="unfinished">L&apos;action %1 mentionne des caractéristiques clés inconnues : %2.</translation>
    </message>
    <message>
        <source>Action %1 has a date outside the plan period.</source>
        <translation type="unfinished">L&apos;action %1 a une date en dehors de la période du plan.</translation>
    </message>
    <message>
        <source>Organisation %1 has no sector yet.</source>
        <translation type="unfinished">L’organisation %1 n’a pas encore de secteur.</translation>
    </message>
    <message>
        <source>A budget line for %1 lies outside the plan period.</source>
        <translation type="unfinished">Une ligne budgétaire de %1 se situe en dehors de la période du plan.</translation>
    </message>
    <message>
        <source>An indicator belongs to one action or one objective.</source>
        <translation type="unfinished">Un indicateur appartient à une seule action ou à un seul objectif.</translation>
    </message>
    <message>
        <source>The change could not be saved to the plan file: %1</source>
        <translation type="unfinished">La modification n&apos;a pas pu être enregistrée dans le fichier du plan : %1</translation>
    </message>
    <message>
        <source>An organisation named %1 already exists.</source>
        <translation type="unfinished">Une organisation nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation type="unfinished">Une organisation ne peut pas être fusionnée avec elle-même.</translation>
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
        <translation type="unfinished">Le code %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>The objective is not part of this plan.</source>
        <translation type="unfinished">L&apos;objectif ne fait pas partie de ce plan.</translation>
    </message>
    <message>
        <source>The objective %1 belongs to another area (%2).</source>
        <translation type="unfinished">L&apos;objectif %1 appartient à un autre domaine (%2).</translation>
    </message>
    <message>
        <source>The lead must be an organisation of this plan.</source>
        <translation type="unfinished">Le responsable doit être une organisation de ce plan.</translation>
    </message>
    <message>
        <source>An organisation is listed twice among the partners.</source>
        <translation type="unfinished">Une organisation figure deux fois parmi les partenaires.</translation>
    </message>
    <message>
        <source>A partner must be an organisation of this plan.</source>
        <translation type="unfinished">Un partenaire doit être une organisation de ce plan.</translation>
    </message>
    <message>
        <source>%1 already leads this action.</source>
        <translation type="unfinished">%1 est déjà responsable de cette action.</translation>
    </message>
    <message>
        <source>The plan could not be processed.</source>
        <translation type="unfinished">Le plan n&apos;a pas pu être traité.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished">Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file.</source>
        <translation type="unfinished">%1 est un dossier, pas un fichier de plan.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a plan file.</source>
        <translation type="unfinished">Le fichier %1 est vide : ce n&apos;est pas un fichier de plan.</translation>
    </message>
    <message>
        <source>The file %1 is not an LC Planner plan file (it is not a database).</source>
        <translation type="unfinished">Le fichier %1 n&apos;est pas un fichier de plan LC Planner (ce n&apos;est pas une base de données).</translation>
    </message>
    <message>
        <source>The file %1 is a spreadsheet or another zipped document, not an LC Planner plan file.</source>
        <translation type="unfinished">Le fichier %1 est un classeur ou un autre document compressé, pas un fichier de plan LC Planner.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not an LC Planner plan.</source>
        <translation type="unfinished">Le fichier %1 est une base de données d&apos;un autre programme, pas un plan LC Planner.</translation>
    </message>
    <message>
        <source>The plan file %1 is damaged or incomplete (%2). Open a backup copy or the latest saved copy.</source>
        <translation type="unfinished">Le fichier de plan %1 est endommagé ou incomplet (%2). Ouvrez une copie de sauvegarde ou la dernière copie enregistrée.</translation>
    </message>
    <message>
        <source>The plan file %1 was made by a newer LC Planner (schema version %2; this version reads up to %3). Update LC Planner to open it.</source>
        <translation type="unfinished">Le fichier de plan %1 a été créé par une version plus récente de LC Planner (version de schéma %2 ; cette version lit jusqu&apos;à la %3). Mettez LC Planner à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The plan file %1 is read-only (or its folder is). Open it read-only, or save a copy somewhere you can write.</source>
        <translation type="unfinished">Le fichier de plan %1 (ou son dossier) est en lecture seule. Ouvrez-le en lecture seule ou enregistrez-en une copie dans un emplacement où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The plan file %1 was made by an older LC Planner and cannot be read without upgrading it. Open it for editing once (a backup copy is kept).</source>
        <translation type="unfinished">Le fichier de plan %1 a été créé par une version plus ancienne de LC Planner et ne peut pas être lu sans mise à niveau. Ouvrez-le une fois en modification (une copie de sauvegarde est conservée).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished">Le fichier %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The plan file %1 is already open for editing by %2 since %3. You can open it read-only.</source>
        <translation type="unfinished">Le fichier de plan %1 est déjà ouvert en modification par %2 depuis %3. Vous pouvez l&apos;ouvrir en lecture seule.</translation>
    </message>
    <message>
        <source>The plan file %1 could not be upgraded to this version (%2). It was not changed; a backup is at %3.</source>
        <translation type="unfinished">Le fichier de plan %1 n&apos;a pas pu être mis à niveau vers cette version (%2). Il n&apos;a pas été modifié ; une sauvegarde se trouve dans %3.</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation type="unfinished">Le fichier %1 existe déjà.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket), so it is not a plan file.</source>
        <translation type="unfinished">%1 n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou un socket) ; ce n&apos;est donc pas un fichier de plan.</translation>
    </message>
    <message>
        <source>The plan file %1 was changed by another program (%2), so it was not opened. You can rescue its data into a new, clean plan.</source>
        <translation type="unfinished">Le fichier de plan %1 a été modifié par un autre programme (%2) ; il n&apos;a donc pas été ouvert. Vous pouvez récupérer ses données dans un nouveau plan sain.</translation>
    </message>
    <message>
        <source>The plan file %1 is busy: another program is writing to it. Try again in a moment, or close the other program.</source>
        <translation type="unfinished">Le fichier de plan %1 est occupé : un autre programme est en train d&apos;y écrire. Réessayez dans un instant ou fermez l&apos;autre programme.</translation>
    </message>
    <message>
        <source>The plan file %1 was left in the middle of a save and must be repaired before it can be read, but it is read-only here. Copy it, with the file %2 beside it, to a folder where you can write, and open the copy.</source>
        <translation type="unfinished">Le fichier de plan %1 est resté au milieu d&apos;un enregistrement et doit être réparé avant de pouvoir être lu, mais il est ici en lecture seule. Copiez-le, avec le fichier %2 qui se trouve à côté, dans un dossier où vous pouvez écrire, puis ouvrez la copie.</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be opened for editing: %2 is in the way of its lock file. Remove or rename it, or open the plan read-only.</source>
        <translation type="unfinished">Le fichier de plan %1 ne peut pas être ouvert en modification : %2 occupe l&apos;emplacement de son fichier de verrou. Supprimez-le ou renommez-le, ou ouvrez le plan en lecture seule.</translation>
    </message>
    <message>
        <source>The plan file %1 has a lock left behind by %2, whose LC Planner is no longer running, but this account may not remove it. Delete the file %3, or open the plan read-only.</source>
        <translation type="unfinished">Le fichier de plan %1 porte un verrou laissé par %2, dont LC Planner ne fonctionne plus, mais ce compte n&apos;est pas autorisé à le supprimer. Supprimez le fichier %3 ou ouvrez le plan en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is a plan open for editing by %2; it cannot be replaced. Choose another name.</source>
        <translation type="unfinished">%1 est un plan ouvert en modification par %2 ; il ne peut pas être remplacé. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 is the plan itself; a copy cannot replace it. Choose another name.</source>
        <translation type="unfinished">%1 est le plan lui-même ; une copie ne peut pas le remplacer. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>No data could be rescued from %1: %2</source>
        <translation type="unfinished">Aucune donnée n&apos;a pu être récupérée dans %1 : %2</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes are not allowed.</source>
        <translation type="unfinished">Ce plan est ouvert en lecture seule ; les modifications ne sont pas autorisées.</translation>
    </message>
    <message>
        <source>You may view this plan but not change it: ask its owner to make you an editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is closed.</source>
        <translation type="unfinished">Le plan est fermé.</translation>
    </message>
    <message>
        <source>The item no longer exists in this plan.</source>
        <translation type="unfinished">L&apos;élément n&apos;existe plus dans ce plan.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation type="unfinished">La valeur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters, at most %2 fit here.</source>
        <translation type="unfinished">Ce texte est trop long : %1 caractères, alors que %2 au maximum tiennent ici.</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation type="unfinished">Champ inconnu : %1.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation type="unfinished">Ce champ ne peut pas être vide.</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation type="unfinished">%1 n&apos;est pas une année.</translation>
    </message>
    <message>
        <source>The year %1 is out of range (%2-%3).</source>
        <translation type="unfinished">L&apos;année %1 est hors limites (%2-%3).</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation type="unfinished">%1 n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>The value must be between %1 and %2.</source>
        <translation type="unfinished">La valeur doit être comprise entre %1 et %2.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished">%1 n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished">Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation type="unfinished">Le montant %1 est trop élevé.</translation>
    </message>
    <message>
        <source>%1 is not an allowed value here.</source>
        <translation type="unfinished">%1 n&apos;est pas une valeur autorisée ici.</translation>
    </message>
    <message>
        <source>Unknown code %1.</source>
        <translation type="unfinished">Code inconnu : %1.</translation>
    </message>
    <message>
        <source>%1 is not a building block or fundamental condition (BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished">%1 n&apos;est ni un pilier ni une condition fondamentale (BB1-BB6, FC1-FC3).</translation>
    </message>
    <message>
        <source>%1 is not an area of the framework (B1-B3, BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished">%1 n&apos;est pas un domaine du cadre (B1-B3, BB1-BB6, FC1-FC3).</translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation type="unfinished">La période du plan se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation type="unfinished">La date de fin (%1) est antérieure à la date de début (%2).</translation>
    </message>
    <message>
        <source>A draft plan has no approval date: choose another approval status first, or clear the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a language code.</source>
        <translation type="unfinished">%1 n&apos;est pas un code de langue.</translation>
    </message>
    <message>
        <source>%1 is not a currency code (three letters, e.g. TRY).</source>
        <translation type="unfinished">%1 n&apos;est pas un code de devise (trois lettres, p. ex. TRY).</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation type="unfinished">%1 n&apos;est pas une adresse e-mail.</translation>
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
        <translation type="unfinished">Utilisez oui ou non ici.</translation>
    </message>
    <message>
        <source>The workplan could not be written: %1</source>
        <translation type="unfinished">Le plan de travail n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished">L&apos;export a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another folder.</source>
        <translation type="unfinished">Impossible d&apos;écrire dans le dossier %1. Choisissez un autre dossier.</translation>
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
        <translation type="unfinished">Le disque est plein ; %1 n&apos;a donc pas pu être écrit. Libérez de l&apos;espace ou choisissez un autre lecteur.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>%1 is the plan being exported; the workplan must not replace it. Choose another name.</source>
        <translation type="unfinished">%1 est le plan en cours d&apos;exportation ; le plan de travail ne doit pas le remplacer. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket). Choose another name.</source>
        <translation type="unfinished">%1 n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou un socket). Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx.</source>
        <translation type="unfinished">%1 est un nom de fichier de plan (.lcplan), pas un nom de classeur. Choisissez un nom se terminant par .xlsx.</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx, or add --force to write the workbook there anyway.</source>
        <translation type="unfinished">%1 est un nom de fichier de plan (.lcplan), pas un nom de classeur. Choisissez un nom se terminant par .xlsx, ou ajoutez --force pour y écrire quand même le classeur.</translation>
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
        <translation type="unfinished">%1 existe déjà et n&apos;est pas un classeur Excel ; il a donc été laissé tel quel. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name, or add --force to replace it.</source>
        <translation type="unfinished">%1 existe déjà et n&apos;est pas un classeur Excel ; il a donc été laissé tel quel. Choisissez un autre nom, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation type="unfinished">%1 est un dossier, pas un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 could not be written: the file is larger than the file size limit of this drive or account (file too large). Choose another drive, or ask your administrator to raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced: it may be open in Excel. Close it there and try again.</source>
        <translation type="unfinished">%1 ne peut pas être remplacé : il est peut-être ouvert dans Excel. Fermez-le dans Excel et réessayez.</translation>
    </message>
    <message>
        <source>it has a trigger, %1</source>
        <translation type="unfinished">il contient un déclencheur : %1</translation>
    </message>
    <message>
        <source>it has a view, %1</source>
        <translation type="unfinished">il contient une vue : %1</translation>
    </message>
    <message>
        <source>it has an object LC Planner did not make, %1</source>
        <translation type="unfinished">il contient un objet que LC Planner n&apos;a pas créé : %1</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished">la table %1 est absente</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation type="unfinished">la colonne %1 est absente</translation>
    </message>
    <message>
        <source>it has a column LC Planner did not make, %1</source>
        <translation type="unfinished">il contient une colonne que LC Planner n&apos;a pas créée : %1</translation>
    </message>
    <message>
        <source>the definition of the table %1 was changed</source>
        <translation type="unfinished">la définition de la table %1 a été modifiée</translation>
    </message>
    <message>
        <source>the index %1 was changed or is missing</source>
        <translation type="unfinished">l&apos;index %1 a été modifié ou est absent</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a whole number</source>
        <translation type="unfinished">%1 à la ligne %2 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a date</source>
        <translation type="unfinished">%1 à la ligne %2 n&apos;est pas une date</translation>
    </message>
    <message>
        <source>%1 in row %2 is not text</source>
        <translation type="unfinished">%1 à la ligne %2 n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>%1 in row %2 is too long</source>
        <translation type="unfinished">%1 à la ligne %2 est trop long</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a list of codes</source>
        <translation type="unfinished">%1 à la ligne %2 n&apos;est pas une liste de codes</translation>
    </message>
    <message>
        <source>%1 in row %2 is not yes or no</source>
        <translation type="unfinished">%1 à la ligne %2 n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a text per language</source>
        <translation type="unfinished">%1 à la ligne %2 n&apos;est pas un texte par langue</translation>
    </message>
    <message>
        <source>%1 in row %2 is not one of the values LC Planner knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a working copy of the plan (%1 MB) would be larger than the file size limit of this account (file too large). Ask your administrator to raise the limit.</source>
        <translation type="unfinished">une copie de travail du plan (%1 Mo) dépasserait la taille de fichier autorisée pour ce compte (fichier trop volumineux). Demandez à votre administrateur de relever la limite.</translation>
    </message>
    <message>
        <source>the temporary folder %1 has no room for a working copy of the plan (%2 MB). Free some space there and try again.</source>
        <translation type="unfinished">le dossier temporaire %1 n&apos;a pas assez de place pour une copie de travail du plan (%2 Mo). Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>a working copy of the plan could not be made in the temporary folder %1: %2</source>
        <translation type="unfinished">impossible de créer une copie de travail du plan dans le dossier temporaire %1 : %2</translation>
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
        <translation type="unfinished">Une carte ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>%1 has already spent %2 dots: the budget cannot be lower.</source>
        <translation type="unfinished">%1 a déjà attribué %2 points : le budget ne peut pas être inférieur.</translation>
    </message>
    <message>
        <source>%1 has no dots left: %2 of %3 are spent.</source>
        <translation type="unfinished">%1 n&apos;a plus de points : %2 sur %3 sont attribués.</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation type="unfinished">Choisissez les cartes à transformer en action ou en objectif.</translation>
    </message>
    <message>
        <source>The prompt code %1 is empty or listed twice.</source>
        <translation type="unfinished">Le code d&apos;énoncé %1 est vide ou figure deux fois.</translation>
    </message>
    <message>
        <source>The prompt %1 has no text.</source>
        <translation type="unfinished">L&apos;énoncé %1 n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>The prompt file %1 cannot be loaded.</source>
        <translation type="unfinished">Le fichier d&apos;énoncés %1 ne peut pas être chargé.</translation>
    </message>
    <message>
        <source>The file %1 is too big for a prompt catalogue (%2 MB; at most %3 MB).</source>
        <translation type="unfinished">Le fichier %1 est trop volumineux pour un catalogue d&apos;énoncés (%2 Mo ; %3 Mo au maximum).</translation>
    </message>
    <message>
        <source>The file %1 is not a CSV file or an Excel workbook (.xlsx).</source>
        <translation type="unfinished">Le fichier %1 n&apos;est ni un fichier CSV ni un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file %1 is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and load it again.</source>
        <translation type="unfinished">Le fichier %1 est un ancien fichier Excel (.xls). Enregistrez-le en tant que classeur Excel (.xlsx) ou au format CSV UTF-8, puis chargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged or is not an Excel workbook (%2).</source>
        <translation type="unfinished">Le classeur %1 est endommagé ou n&apos;est pas un classeur Excel (%2).</translation>
    </message>
    <message>
        <source>%1, row %2: the text is not UTF-8 (wrong encoding). Save the file as “CSV UTF-8” and load it again.</source>
        <translation type="unfinished">%1, ligne %2 : le texte n&apos;est pas en UTF-8 (mauvais encodage). Enregistrez le fichier au format « CSV UTF-8 » et chargez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is missing. A prompt catalogue needs the columns code, area and text_ with a language (text_en, text_tr, …).</source>
        <translation type="unfinished">%1, ligne 1 : la colonne %2 est absente. Un catalogue d&apos;énoncés doit contenir les colonnes code, area et text_ suivi d&apos;une langue (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is there twice.</source>
        <translation type="unfinished">%1, ligne 1 : la colonne %2 figure deux fois.</translation>
    </message>
    <message>
        <source>%1, row 1, column %2: “%3” is not a language code (text_en, text_tr, …).</source>
        <translation type="unfinished">%1, ligne 1, colonne %2 : « %3 » n&apos;est pas un code de langue (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>%1 has no prompts under its first row.</source>
        <translation type="unfinished">%1 ne contient aucun énoncé sous sa première ligne.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; a prompt catalogue holds at most %2 prompts.</source>
        <translation type="unfinished">%1 compte plus de %2 lignes ; un catalogue d&apos;énoncés contient au maximum %2 énoncés.</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code is empty.</source>
        <translation type="unfinished">%1, ligne %2, colonne code : le code est vide.</translation>
    </message>
    <message>
        <source>%1, row %2, column area: “%3” is not an area of the framework (B1–B3, BB1–BB6, FC1–FC3).</source>
        <translation type="unfinished">%1, ligne %2, colonne area : « %3 » n&apos;est pas un domaine du cadre (B1–B3, BB1–BB6, FC1–FC3).</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code %3 is already used in row %4.</source>
        <translation type="unfinished">%1, ligne %2, colonne code : le code %3 est déjà utilisé à la ligne %4.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the prompt %4 has no text.</source>
        <translation type="unfinished">%1, ligne %2, colonne %3 : l&apos;énoncé %4 n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell is too long (%4 characters; at most %5 fit).</source>
        <translation type="unfinished">%1, ligne %2, colonne %3 : la cellule est trop longue (%4 caractères ; %5 au maximum).</translation>
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
        <translation type="unfinished">confirmé</translation>
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
        <translation type="unfinished">% réalisé</translation>
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
        <translation type="unfinished">(absent des énoncés actuels)</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation type="unfinished">Le domaine dans son ensemble</translation>
    </message>
    <message>
        <source>0 not in place, 1 emerging, 2 established, 3 advanced; Delete: not rated</source>
        <translation type="unfinished">0 pas en place, 1 émergent, 2 établi, 3 avancé ; Suppr : non évalué</translation>
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
        <translation type="unfinished">Synthèse</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Actions</translation>
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
        <translation type="unfinished">Domaine</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">% réalisé</translation>
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
        <translation type="unfinished">Indicateur</translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Valeur de référence</translation>
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
        <translation type="unfinished">Année</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">Source de financement</translation>
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
        <translation type="unfinished">Partenaires</translation>
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
        <translation type="unfinished">Classeurs Excel (*.xlsx)</translation>
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
        <translation type="unfinished">Impossible d&apos;ouvrir le plan</translation>
    </message>
    <message>
        <source>Rescue Data copies what can still be read into a new plan file; this file is not changed.</source>
        <translation type="unfinished">« Récupérer les données » copie ce qui peut encore être lu dans un nouveau fichier de plan ; ce fichier-ci n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>&amp;Rescue Data…</source>
        <translation type="unfinished">&amp;Récupérer les données…</translation>
    </message>
    <message>
        <source>%1 (rescued).lcplan</source>
        <translation type="unfinished">%1 (récupéré).lcplan</translation>
    </message>
    <message>
        <source>Save the rescued plan as</source>
        <translation type="unfinished">Enregistrer le plan récupéré sous</translation>
    </message>
    <message>
        <source>Cannot rescue the plan</source>
        <translation type="unfinished">Impossible de récupérer le plan</translation>
    </message>
    <message>
        <source>Plan rescued</source>
        <translation type="unfinished">Plan récupéré</translation>
    </message>
</context>
<context>
    <name>RescueSummary</name>
    <message numerus="yes">
        <source>%n row(s) were carried into the new plan.</source>
        <translation type="unfinished">
            <numerusform>%n ligne a été reprise dans le nouveau plan.</numerusform>
            <numerusform>%n lignes ont été reprises dans le nouveau plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read or broke the plan&apos;s rules and were left behind.</source>
        <translation type="unfinished">
            <numerusform>%n ligne n&apos;a pas pu être lue ou enfreignait les règles du plan et a été laissée de côté.</numerusform>
            <numerusform>%n lignes n&apos;ont pas pu être lues ou enfreignaient les règles du plan et ont été laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the wrong kind were cleared.</source>
        <translation type="unfinished">
            <numerusform>%n valeur d&apos;un type incorrect a été effacée.</numerusform>
            <numerusform>%n valeurs d&apos;un type incorrect ont été effacées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roof</name>
    <message>
        <source>The benefits of a learning city: outcomes that objectives aim at</source>
        <translation type="unfinished">Les bénéfices d&apos;une ville apprenante : les résultats que visent les objectifs</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">État des lieux : %1</translation>
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
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Actions</translation>
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
        <translation type="unfinished">&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">Fer&amp;mer</translation>
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
        <translation type="unfinished">Gérer de près</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation type="unfinished">Maintenir satisfait</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation type="unfinished">Tenir informé</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished">Surveiller</translation>
    </message>
    <message>
        <source>Influence and interest grid</source>
        <translation type="unfinished">Grille influence–intérêt</translation>
    </message>
    <message>
        <source>Drag an organisation to place it. Keyboard: Up/Down choose, Alt+arrow keys move it by one step.</source>
        <translation type="unfinished">Faites glisser une organisation pour la placer. Clavier : Haut/Bas pour choisir, Alt+flèches pour la déplacer d&apos;un cran.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Interest: low to high (1–5) →</source>
        <comment>axis under the grid; the arrow points the way interest grows (right to left in a right-to-left language)</comment>
        <translation type="unfinished">Intérêt : de faible à élevé (1–5) →</translation>
    </message>
    <message>
        <source>Influence: low to high (1–5) →</source>
        <comment>axis beside the grid, written upwards; the arrow points up</comment>
        <translation type="unfinished">Influence : de faible à élevée (1–5) →</translation>
    </message>
    <message>
        <source>%1: influence %2, interest %3</source>
        <translation type="unfinished">%1 : influence %2, intérêt %3</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <source>Present at %1 (Space ticks)</source>
        <translation type="unfinished">Présent à %1 (Espace pour cocher)</translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished">présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished">absent</translation>
    </message>
    <message>
        <source>The register&apos;s sector; choose it on the Organisations page.</source>
        <translation type="unfinished">Le secteur du registre ; choisissez-le sur la page Organisations.</translation>
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
        <translation type="unfinished">Personne</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Secteur</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished">Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">Intérêt</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>&lt;h2&gt;Stakeholders&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Parties prenantes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished">Parties prenantes</translation>
    </message>
    <message>
        <source>New stakeholder: type an organisation and press Enter</source>
        <translation type="unfinished">Nouvelle partie prenante : saisissez une organisation et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation type="unfinished">Nouvelle partie prenante</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell, Space ticks a workshop, Delete removes; Alt+arrow keys move the selected one on the grid.</source>
        <translation type="unfinished">F2 ou la saisie modifie une cellule, Espace coche un atelier, Suppr supprime ; Alt+flèches déplacent la partie prenante sélectionnée sur la grille.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshops&lt;/b&gt; (a tick column each; Delete removes one)</source>
        <translation type="unfinished">&lt;b&gt;Ateliers&lt;/b&gt; (une colonne à cocher pour chacun ; Suppr en supprime un)</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished">Ateliers</translation>
    </message>
    <message>
        <source>New workshop: its name, then Enter</source>
        <translation type="unfinished">Nouvel atelier : son nom, puis Entrée</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished">Nouvel atelier</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation type="unfinished">Date de l&apos;atelier</translation>
    </message>
    <message>
        <source>Add &amp;workshop</source>
        <translation type="unfinished">Ajouter un a&amp;telier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>A stakeholder is an organisation: type its name.</source>
        <translation type="unfinished">Une partie prenante est une organisation : saisissez son nom.</translation>
    </message>
    <message>
        <source>Change the stakeholder&apos;s organisation</source>
        <translation type="unfinished">Changer l&apos;organisation de la partie prenante</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation type="unfinished">
            <numerusform>Supprimer %n partie prenante</numerusform>
            <numerusform>Supprimer %n parties prenantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stakeholder(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n partie prenante supprimée. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n parties prenantes supprimées. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2, or leave it empty.</source>
        <translation type="unfinished">« %1 » n&apos;est pas une date. Écrivez-la comme %2, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Deleted the workshop and who was present at it. Undo with Ctrl+Z.</source>
        <translation type="unfinished">Atelier supprimé avec la liste de ses présents. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished">non évalué</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>&lt;h2&gt;Stock-take&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;État des lieux&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Load &amp;prompts…</source>
        <translation type="unfinished">&amp;Charger des énoncés…</translation>
    </message>
    <message>
        <source>Use a city&apos;s own prompts, or the official key features: a CSV or Excel (.xlsx) file with the columns code, area and one text_ column per language (text_en, text_tr, …).</source>
        <translation type="unfinished">Utilisez les énoncés propres à une ville ou les caractéristiques clés officielles : un fichier CSV ou Excel (.xlsx) avec les colonnes code, area et une colonne text_ par langue (text_en, text_tr, …).</translation>
    </message>
    <message>
        <source>Prompts and ratings</source>
        <translation type="unfinished">Énoncés et évaluations</translation>
    </message>
    <message>
        <source>Initiatives that exist</source>
        <translation type="unfinished">Initiatives existantes</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation type="unfinished">Nouvelle initiative</translation>
    </message>
    <message>
        <source>&lt;b&gt;Initiatives that already exist&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Initiatives qui existent déjà&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 · %2&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;%1 · %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Start here: rate the areas, and those rated low are listed here.</source>
        <translation type="unfinished">Commencez ici : évaluez les domaines ; ceux qui obtiennent une évaluation faible s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>No area is rated below established.</source>
        <translation type="unfinished">Aucun domaine n&apos;est évalué en dessous de « établi ».</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>area code (level)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Start here: %1</source>
        <translation type="unfinished">Commencez ici : %1</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation type="unfinished">Le domaine dans son ensemble</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>New initiative for %1: type its title and press Enter</source>
        <translation type="unfinished">Nouvelle initiative pour %1 : saisissez son titre et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>New initiative for the area as a whole: type its title and press Enter</source>
        <translation type="unfinished">Nouvelle initiative pour le domaine dans son ensemble : saisissez son titre et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Set who runs the initiative</source>
        <translation type="unfinished">Désigner le porteur de l&apos;initiative</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n initiative(s)</source>
        <translation type="unfinished">
            <numerusform>Supprimer %n initiative</numerusform>
            <numerusform>Supprimer %n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished">Charger des énoncés</translation>
    </message>
    <message>
        <source>Prompt catalogues (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished">Catalogues d&apos;énoncés (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n prompt(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n énoncé chargé. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n énoncés chargés. Ctrl+Z pour annuler.</numerusform>
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
        <translation type="unfinished">Énoncé</translation>
    </message>
    <message>
        <source>Rating (keys 0–3)</source>
        <translation type="unfinished">Évaluation (touches 0–3)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Éléments probants</translation>
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
        <translation type="unfinished">Domaine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
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
        <translation type="unfinished">Plans LC Planner (%1)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished">Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished">%1 (copie)</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation type="unfinished">Impossible d&apos;enregistrer la copie</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished">Copie enregistrée sous %1</translation>
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
        <translation type="unfinished">Non commencée</translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished">En bonne voie</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished">En retard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Annulée</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation type="unfinished">Collectivité locale</translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished">Gouvernement national</translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished">Éducation</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished">Société civile</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished">Secteur privé</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">Médias</translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished">International</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished">Communauté locale</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Partenaire</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished">Financeur</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation type="unfinished">Opérateur</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished">Conseiller</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation type="unfinished">Municipal</translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished">National</translation>
    </message>
    <message>
        <source>EU / international</source>
        <translation type="unfinished">UE / international</translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished">Privé</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished">En nature</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Autre</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished">Taux</translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">Budget</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished">Oui / non</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation type="unfinished">Qualitatif</translation>
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
        <translation type="unfinished">Pas en place</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation type="unfinished">Émergent</translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished">Établi</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished">Avancé</translation>
    </message>
    <message>
        <source>Quick win</source>
        <extracomment>The quadrants of the impact-effort board (IdeaRow.quadrant).</extracomment>
        <translation type="unfinished">Gain rapide</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation type="unfinished">Projet majeur</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation type="unfinished">Tâche d&apos;appoint</translation>
    </message>
    <message>
        <source>Thankless task</source>
        <translation type="unfinished">Tâche ingrate</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;Planificateur de ville apprenante&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Build your learning city&apos;s action plan, building block by building block. Every change is saved at once.</source>
        <translation type="unfinished">Construisez le plan d&apos;action de votre ville apprenante, pilier par pilier. Chaque modification est enregistrée immédiatement.</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished">&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished">&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation type="unfinished">Ouvrir le &amp;plan de démonstration</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation type="unfinished">Plans &amp;récents :</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished">Plans récents</translation>
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
        <translation type="unfinished">Temps écoulé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">En pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Reprendre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Début</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation type="unfinished">Minuteur d&apos;atelier</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished">Temps restant</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation type="unfinished">−1 min</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation type="unfinished">Une minute de moins</translation>
    </message>
    <message>
        <source>One minute less (- or Down)</source>
        <translation type="unfinished">Une minute de moins (- ou Bas)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished">+1 min</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation type="unfinished">Une minute de plus</translation>
    </message>
    <message>
        <source>One minute more (+ or Up)</source>
        <translation type="unfinished">Une minute de plus (+ ou Haut)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">Réinitialiser</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation type="unfinished">Réinitialiser le minuteur</translation>
    </message>
    <message>
        <source>Back to the round&apos;s length (R or Backspace)</source>
        <translation type="unfinished">Revenir à la durée du tour (R ou Retour arrière)</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation type="unfinished">Démarrer ou mettre en pause</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation type="unfinished">Démarrer ou mettre en pause (Espace)</translation>
    </message>
    <message>
        <source>Round (minutes):</source>
        <translation type="unfinished">Tour (minutes) :</translation>
    </message>
    <message>
        <source>Round length in minutes</source>
        <translation type="unfinished">Durée du tour en minutes</translation>
    </message>
</context>
<context>
    <name>_TableBox</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Retirer</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>Workplan exported</source>
        <translation type="unfinished">Plan de travail exporté</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">Échec de l&apos;export</translation>
    </message>
</context>
</TS>
