<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionEditor</name>
    <message numerus="yes">
        <source>From the idea “%1” (%n dot(s))</source>
        <translation>
            <numerusform>From the idea “%1” (%n dot)</numerusform>
            <numerusform>From the idea “%1” (%n dots)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaButton</name>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation>
            <numerusform>⚠ %n gap</numerusform>
            <numerusform>⚠ %n gaps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message numerus="yes">
        <source>%1  %2 (%n action(s))</source>
        <translation>
            <numerusform>%1  %2 (%n action)</numerusform>
            <numerusform>%1  %2 (%n actions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n action(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Deleted %n action. Undo with Ctrl+Z.</numerusform>
            <numerusform>Deleted %n actions. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective %1 with its %n action(s)? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Delete the objective %1 with its %n action? Ctrl+Z brings it back.</numerusform>
            <numerusform>Delete the objective %1 with its %n actions? Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to:</source>
        <translation>
            <numerusform>Move %n action to:</numerusform>
            <numerusform>Move %n actions to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n action(s) to %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Moved %n action to %1. Undo with Ctrl+Z.</numerusform>
            <numerusform>Moved %n actions to %1. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Rescued %n row(s) into %1.</source>
        <translation>
            <numerusform>Rescued %n row into %1.</numerusform>
            <numerusform>Rescued %n rows into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left behind %n row(s) that could not be read or broke the plan&apos;s rules.</source>
        <translation>
            <numerusform>Left behind %n row that could not be read or broke the plan&apos;s rules.</numerusform>
            <numerusform>Left behind %n rows that could not be read or broke the plan&apos;s rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n value(s) of the wrong kind.</source>
        <translation>
            <numerusform>Cleared %n value of the wrong kind.</numerusform>
            <numerusform>Cleared %n values of the wrong kind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation>
            <numerusform>Exported %n action to %1.</numerusform>
            <numerusform>Exported %n actions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation>
            <numerusform>Removed %n character that a workbook cannot hold (control characters).</numerusform>
            <numerusform>Removed %n characters that a workbook cannot hold (control characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n text(s) longer than Excel&apos;s 32,767 characters per cell.</source>
        <translation>
            <numerusform>Cut %n text longer than Excel&apos;s 32,767 characters per cell.</numerusform>
            <numerusform>Cut %n texts longer than Excel&apos;s 32,767 characters per cell.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commander</name>
    <message numerus="yes">
        <source>%n change(s) not sent to the server yet, the last: %1</source>
        <translation>
            <numerusform>%n change not sent to the server yet, the last: %1</numerusform>
            <numerusform>%n changes not sent to the server yet, the last: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Delete %n action</numerusform>
            <numerusform>Delete %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to another area</source>
        <translation>
            <numerusform>Move %n action to another area</numerusform>
            <numerusform>Move %n actions to another area</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n difference.</numerusform>
            <numerusform>%n differences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n action(s): %2 on track, %3 delayed, %4 not started, %5 done, %6 cancelled.</source>
        <translation>
            <numerusform>%n action: %2 on track, %3 delayed, %4 not started, %5 done, %6 cancelled.</numerusform>
            <numerusform>%n actions: %2 on track, %3 delayed, %4 not started, %5 done, %6 cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No update for %1: %n action(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;No update for %1: %n action&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;No update for %1: %n actions&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Not reported (%n)</source>
        <translation>
            <numerusform>&amp;Not reported (%n)</numerusform>
            <numerusform>&amp;Not reported (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffCli</name>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n difference.</numerusform>
            <numerusform>%n differences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation>
            <numerusform>Exported %n action to %1.</numerusform>
            <numerusform>Exported %n actions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation>
            <numerusform>Removed %n character that a workbook cannot hold (control characters).</numerusform>
            <numerusform>Removed %n characters that a workbook cannot hold (control characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message numerus="yes">
        <source>%n found in the whole plan.</source>
        <translation>
            <numerusform>%n found in the whole plan.</numerusform>
            <numerusform>%n found in the whole plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches as typed; %n found when accents are ignored.</source>
        <translation>
            <numerusform>Nothing matches as typed; %n found when accents are ignored.</numerusform>
            <numerusform>Nothing matches as typed; %n found when accents are ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsCli</name>
    <message numerus="yes">
        <source>Snapshot “%1” of %2 taken (%n action(s)).</source>
        <translation>
            <numerusform>Snapshot “%1” of %2 taken (%n action).</numerusform>
            <numerusform>Snapshot “%1” of %2 taken (%n actions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the copy.</source>
        <translation>
            <numerusform>%n change from the copy.</numerusform>
            <numerusform>%n changes from the copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept the plan&apos;s value; run again with --take ours or --take theirs to settle them.</source>
        <translation>
            <numerusform>%n conflict kept the plan&apos;s value; run again with --take ours or --take theirs to settle them.</numerusform>
            <numerusform>%n conflicts kept the plan&apos;s value; run again with --take ours or --take theirs to settle them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeaWallPage</name>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n card(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Deleted %n card. Undo with Ctrl+Z.</numerusform>
            <numerusform>Deleted %n cards. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Moved %n card to %1. Undo with Ctrl+Z.</numerusform>
            <numerusform>Moved %n cards to %1. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to:</source>
        <translation>
            <numerusform>Move %n card to:</numerusform>
            <numerusform>Move %n cards to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n card(s) into one. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Merged %n card into one. Undo with Ctrl+Z.</numerusform>
            <numerusform>Merged %n cards into one. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n dot(s) on this card.</source>
        <translation>
            <numerusform>%1 has %n dot on this card.</numerusform>
            <numerusform>%1 has %n dots on this card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n card(s) on the board</source>
        <translation>
            <numerusform>Place %n card on the board</numerusform>
            <numerusform>Place %n cards on the board</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the action %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n card became the action %1. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n cards became the action %1. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the objective %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n card became the objective %1. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n cards became the objective %1. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 can spend %n dot(s).</source>
        <translation>
            <numerusform>%1 can spend %n dot.</numerusform>
            <numerusform>%1 can spend %n dots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message numerus="yes">
        <source>%n row(s) to update</source>
        <translation>
            <numerusform>%n row to update</numerusform>
            <numerusform>%n rows to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation>
            <numerusform>%n new row</numerusform>
            <numerusform>%n new rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing from the workbook</source>
        <translation>
            <numerusform>%n row missing from the workbook</numerusform>
            <numerusform>%n rows missing from the workbook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n new organisation</numerusform>
            <numerusform>%n new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workbook has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>The workbook has %n problem; nothing was changed.</numerusform>
            <numerusform>The workbook has %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cannot be read. Fix them in the spreadsheet, or choose what their values become, and import again.</source>
        <translation>
            <numerusform>%n cell cannot be read. Fix it in the spreadsheet, or choose what its value becomes, and import again.</numerusform>
            <numerusform>%n cells cannot be read. Fix them in the spreadsheet, or choose what their values become, and import again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Nothing can be imported from this workbook until %n problem(s) in it are fixed. The plan has not changed.</source>
        <translation>
            <numerusform>Nothing can be imported from this workbook until %n problem in it is fixed. The plan has not changed.</numerusform>
            <numerusform>Nothing can be imported from this workbook until %n problems in it are fixed. The plan has not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation>
            <numerusform>%n new row</numerusform>
            <numerusform>%n new rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing from the workbook</source>
        <translation>
            <numerusform>%n row missing from the workbook</numerusform>
            <numerusform>%n rows missing from the workbook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) not in the register</source>
        <translation>
            <numerusform>%n organisation not in the register</numerusform>
            <numerusform>%n organisations not in the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) not &amp;read: show why</source>
        <translation>
            <numerusform>%n cell not &amp;read: show why</numerusform>
            <numerusform>%n cells not &amp;read: show why</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n change(s) from the copy.</source>
        <translation>
            <numerusform>%n change from the copy.</numerusform>
            <numerusform>%n changes from the copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide.</source>
        <translation>
            <numerusform>%n conflict to decide.</numerusform>
            <numerusform>%n conflicts to decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message numerus="yes">
        <source>%1 of %n action(s) reported for %2.</source>
        <translation>
            <numerusform>%1 of %n action reported for %2.</numerusform>
            <numerusform>%1 of %n actions reported for %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message numerus="yes">
        <source>%1: %2, %n action(s)</source>
        <translation>
            <numerusform>%1: %2, %n action</numerusform>
            <numerusform>%1: %2, %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Leads %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Leads %n action:&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Leads %n actions:&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Partner in %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Partner in %n action:&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Partner in %n actions:&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation>
            <numerusform>⚠ %n gap</numerusform>
            <numerusform>⚠ %n gaps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfCli</name>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message numerus="yes">
        <source>Wrote the progress report for %1 (%n action(s)) to %2.</source>
        <translation>
            <numerusform>Wrote the progress report for %1 (%n action) to %2.</numerusform>
            <numerusform>Wrote the progress report for %1 (%n actions) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescueSummary</name>
    <message numerus="yes">
        <source>%n row(s) were carried into the new plan.</source>
        <translation>
            <numerusform>%n row was carried into the new plan.</numerusform>
            <numerusform>%n rows were carried into the new plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read or broke the plan&apos;s rules and were left behind.</source>
        <translation>
            <numerusform>%n row could not be read or broke the plan&apos;s rules and was left behind.</numerusform>
            <numerusform>%n rows could not be read or broke the plan&apos;s rules and were left behind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the wrong kind were cleared.</source>
        <translation>
            <numerusform>%n value of the wrong kind was cleared.</numerusform>
            <numerusform>%n values of the wrong kind were cleared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message numerus="yes">
        <source>Delete %n snapshot(s)? The plan itself is not changed.</source>
        <translation>
            <numerusform>Delete %n snapshot? The plan itself is not changed.</numerusform>
            <numerusform>Delete %n snapshots? The plan itself is not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>Delete %n stakeholder</numerusform>
            <numerusform>Delete %n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stakeholder(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Deleted %n stakeholder. Undo with Ctrl+Z.</numerusform>
            <numerusform>Deleted %n stakeholders. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message numerus="yes">
        <source>Delete %n initiative(s)</source>
        <translation>
            <numerusform>Delete %n initiative</numerusform>
            <numerusform>Delete %n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n prompt(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Loaded %n prompt. Undo with Ctrl+Z.</numerusform>
            <numerusform>Loaded %n prompts. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
