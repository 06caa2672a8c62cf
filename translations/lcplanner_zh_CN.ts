<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished">目标(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Choose another building block or condition to move the action there (Ctrl+Shift+M in the table)</source>
        <translation type="unfinished">选择另一个支柱或基本条件，将行动移到那里（在表格中按 Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Building block or condition:</source>
        <translation type="unfinished">支柱或基本条件：</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation type="unfinished">描述(&amp;C)：</translation>
    </message>
    <message>
        <source>Target group&amp;s:</source>
        <translation type="unfinished">目标群体(&amp;S)：</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation type="unfinished">选择机构或输入新机构</translation>
    </message>
    <message>
        <source>Le&amp;ad:</source>
        <translation type="unfinished">牵头单位(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation type="unfinished">合作伙伴(&amp;P)：</translation>
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
        <translation type="unfinished">开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">结束日期</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished">日期(&amp;D)：</translation>
    </message>
    <message>
        <source>1 = highest priority, 5 = lowest</source>
        <translation type="unfinished">1 = 最高优先级，5 = 最低</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">优先级</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished">完成度</translation>
    </message>
    <message>
        <source>Status, priorit&amp;y, complete:</source>
        <translation type="unfinished">状态、优先级、完成度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">主要特征</translation>
    </message>
    <message>
        <source>&amp;Key features:</source>
        <translation type="unfinished">主要特征(&amp;K)：</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">指南行动领域</translation>
    </message>
    <message>
        <source>G&amp;uideline areas:</source>
        <translation type="unfinished">指南行动领域(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished">预算(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation type="unfinished">指标(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Risks:</source>
        <translation type="unfinished">风险(&amp;R)：</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an action to edit it here.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;选择一项行动，即可在此处编辑。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">（无目标）</translation>
    </message>
    <message numerus="yes">
        <source>From the idea “%1” (%n dot(s))</source>
        <translation type="unfinished">
            <numerusform>来自想法“%1”（%n 个点）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">行动</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation type="unfinished">牵头单位</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">结束</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">预算</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">优先级</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">完成 %</translation>
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
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n 项行动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation type="unfinished">
            <numerusform>⚠ %n 处缺项</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">现状盘点：%1</translation>
    </message>
    <message>
        <source>%1
Budget: %2</source>
        <translation type="unfinished">%1
预算: %2</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">目标</translation>
    </message>
    <message>
        <source>F2 renames, Alt+Up/Down reorders, Ctrl+Shift+M moves the objective and its actions to another area</source>
        <translation type="unfinished">F2 重命名，Alt+上/下箭头调整顺序，Ctrl+Shift+M 将目标及其行动移到另一个领域</translation>
    </message>
    <message>
        <source>Objectives (new actions go under the selected one):</source>
        <translation type="unfinished">目标（新行动将添加到所选目标下）：</translation>
    </message>
    <message>
        <source>New objective: type it and press Enter</source>
        <translation type="unfinished">新目标：输入后按 Enter 键</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation type="unfinished">新目标</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished">删除目标</translation>
    </message>
    <message>
        <source>Filter this area&apos;s actions (Ctrl+F: the whole plan)</source>
        <translation type="unfinished">筛选本领域的行动（Ctrl+F：整个计划）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">搜索</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">所有状态</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">行动</translation>
    </message>
    <message>
        <source>Quick add action</source>
        <translation type="unfinished">快速添加行动</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;%1 %2&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n action(s))</source>
        <translation type="unfinished">
            <numerusform>%1  %2（%n 项行动）</numerusform>
        </translation>
    </message>
    <message>
        <source>New action under %1: type its title and press Enter</source>
        <translation type="unfinished">在 %1 下新建行动：输入标题后按 Enter</translation>
    </message>
    <message>
        <source>New action (no objective): type its title and press Enter</source>
        <translation type="unfinished">新建行动（无目标）：输入标题后按 Enter</translation>
    </message>
    <message>
        <source>Added %1. Type the next action, or press Tab to edit it.</source>
        <translation type="unfinished">已添加 %1。请输入下一项行动，或按 Tab 键编辑该行动。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n action(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>已删除 %n 项行动。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search and the sorting to reorder actions.</source>
        <translation type="unfinished">要调整行动顺序，请先清除搜索和排序。</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2.</source>
        <translation type="unfinished">“%1”不是日期。请按 %2 的格式输入。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished">移动目标</translation>
    </message>
    <message>
        <source>Move %1 and its actions to:</source>
        <translation type="unfinished">将 %1 及其行动移到：</translation>
    </message>
    <message>
        <source>Moved %1 with its actions to %2. Undo with Ctrl+Z.</source>
        <translation type="unfinished">已将 %1 及其行动移到 %2。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Move actions</source>
        <translation type="unfinished">移动行动</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to:</source>
        <translation type="unfinished">
            <numerusform>将 %n 项行动移到：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n action(s) to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>已将 %n 项行动移到 %1。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective %1 with its %n action(s)? Ctrl+Z brings them back.</source>
        <translation type="unfinished">
            <numerusform>删除目标 %1 及其 %n 项行动？按 Ctrl+Z 可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the objective with its actions. Undo with Ctrl+Z.</source>
        <translation type="unfinished">已删除该目标及其行动。按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>AreaStrip</name>
    <message>
        <source>Area</source>
        <translation type="unfinished">领域</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>BoardPane</name>
    <message>
        <source>Cards not on the board yet</source>
        <translation type="unfinished">尚未放到矩阵上的卡片</translation>
    </message>
    <message>
        <source>Not on the board &amp;yet:</source>
        <translation type="unfinished">尚未放到矩阵上(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>BudgetBox</name>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished">预算条目</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished">添加预算条目</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished">合计：%1</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">已确认</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">预期</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation type="unfinished">%1 不是有效金额。</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <source>Year</source>
        <translation type="unfinished">年份</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">金额</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">资金来源</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished">已确认</translation>
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
            <numerusform>%n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Card text</source>
        <translation type="unfinished">卡片文字</translation>
    </message>
    <message>
        <source>Enter saves, Shift+Enter starts a new line, Escape cancels</source>
        <translation type="unfinished">Enter 保存，Shift+Enter 换行，Esc 取消</translation>
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
        <translation type="unfinished">用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished">位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished">选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished">显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation type="unfinished">显示程序的版本号并退出</translation>
    </message>
    <message>
        <source>LC Planner: learning-city action plans for UNESCO GNLC workshops.</source>
        <translation type="unfinished">LC Planner：为联合国教科文组织全球学习型城市网络（GNLC）研讨会制定学习型城市行动计划。</translation>
    </message>
    <message>
        <source>plan file (.lcplan) to open in the window</source>
        <translation type="unfinished">要在窗口中打开的计划文件（.lcplan）</translation>
    </message>
    <message>
        <source>open a fresh copy of the demo plan</source>
        <translation type="unfinished">打开演示计划的全新副本</translation>
    </message>
    <message>
        <source>open the plan read-only</source>
        <translation type="unfinished">以只读方式打开计划</translation>
    </message>
    <message>
        <source>language of the user interface (e.g. tr, en)</source>
        <translation type="unfinished">用户界面语言（例如 tr、en）</translation>
    </message>
    <message>
        <source>preview the .ts files in DIR (a translator&apos;s working copy) without rebuilding</source>
        <translation type="unfinished">无需重新构建即可预览 DIR 中的 .ts 文件（译者的工作副本）</translation>
    </message>
    <message>
        <source>create an empty plan file</source>
        <translation type="unfinished">创建空计划文件</translation>
    </message>
    <message>
        <source>city name</source>
        <translation type="unfinished">城市名称</translation>
    </message>
    <message>
        <source>plan title (default: the city name)</source>
        <translation type="unfinished">计划标题（默认：城市名称）</translation>
    </message>
    <message>
        <source>plan language (default: tr)</source>
        <translation type="unfinished">计划语言（默认：tr）</translation>
    </message>
    <message>
        <source>first year of the plan period</source>
        <translation type="unfinished">计划期的起始年份</translation>
    </message>
    <message>
        <source>last year of the plan period</source>
        <translation type="unfinished">计划期的结束年份</translation>
    </message>
    <message>
        <source>currency code (default: TRY)</source>
        <translation type="unfinished">货币代码（默认：TRY）</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation type="unfinished">替换现有文件</translation>
    </message>
    <message>
        <source>create the demo plan file</source>
        <translation type="unfinished">创建演示计划文件</translation>
    </message>
    <message>
        <source>language of the demo</source>
        <translation type="unfinished">演示计划的语言</translation>
    </message>
    <message>
        <source>show plan properties and the per-area summary</source>
        <translation type="unfinished">显示计划属性及各领域摘要</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished">输出 JSON</translation>
    </message>
    <message>
        <source>check integrity and validity</source>
        <translation type="unfinished">检查完整性和有效性</translation>
    </message>
    <message>
        <source>warnings also fail the check</source>
        <translation type="unfinished">出现警告也视为检查未通过</translation>
    </message>
    <message>
        <source>carry the readable data of a damaged or altered plan into a new, clean plan</source>
        <translation type="unfinished">将损坏或被更改的计划中可读取的数据转入新的干净计划</translation>
    </message>
    <message>
        <source>the new plan file (.lcplan)</source>
        <translation type="unfinished">新的计划文件（.lcplan）</translation>
    </message>
    <message>
        <source>write the Excel workplan</source>
        <translation type="unfinished">写出 Excel 工作计划</translation>
    </message>
    <message>
        <source>the workbook to write (.xlsx)</source>
        <translation type="unfinished">要写入的工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>language of the workbook (default: the plan&apos;s language)</source>
        <translation type="unfinished">工作簿的语言（默认：计划的语言）</translation>
    </message>
    <message>
        <source>lcplanner: error: %1</source>
        <translation type="unfinished">lcplanner：错误：%1</translation>
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
        <translation type="unfinished">命令（各命令的用法：lcplanner COMMAND --help）：
  new FILE --city NAME   创建空计划
  demo FILE              创建演示计划
  info FILE [--json]     计划属性及各领域摘要
  check FILE             完整性与校验报告
  export FILE -o X.xlsx  写出 Excel 工作计划
  pdf FILE -o X.pdf      将计划（或殿堂海报）打印为 PDF
  rescue FILE -o NEW     将损坏计划的数据转入新计划</translation>
    </message>
    <message>
        <source>replace the output even if it is a plan file (.lcplan) or not a workbook, or write it under a name that does not end in .xlsx</source>
        <translation type="unfinished">即使输出是计划文件（.lcplan）或不是工作簿，也替换它；或以不以 .xlsx 结尾的名称写入</translation>
    </message>
    <message>
        <source>include contact persons&apos; phones and e-mails (left out by default: they are personal data)</source>
        <translation type="unfinished">包含联系人的电话和电子邮件（默认不包含：属于个人数据）</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished">已创建 %1</translation>
    </message>
    <message>
        <source>Created the demo plan %1</source>
        <translation type="unfinished">已创建演示计划 %1</translation>
    </message>
    <message>
        <source>%1
%2, %3, %4-%5, %6, language %7</source>
        <translation type="unfinished">%1
%2，%3，%4-%5，%6，语言：%7</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation type="unfinished">机构：%1</translation>
    </message>
    <message>
        <source>%1 %2: objectives %3, actions %4, budget %5 %6, gaps %7</source>
        <translation type="unfinished">%1 %2：目标 %3，行动 %4，预算 %5 %6，缺项 %7</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished">错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished">警告：%1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished">%1 个错误，%2 个警告</translation>
    </message>
    <message numerus="yes">
        <source>Rescued %n row(s) into %1.</source>
        <translation type="unfinished">
            <numerusform>已将 %n 行抢救到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left behind %n row(s) that could not be read or broke the plan&apos;s rules.</source>
        <translation type="unfinished">
            <numerusform>有 %n 行无法读取或违反了计划规则，未转入新计划。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n value(s) of the wrong kind.</source>
        <translation type="unfinished">
            <numerusform>已清除 %n 个类型错误的值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>已将 %n 项行动导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation type="unfinished">
            <numerusform>已删除 %n 个工作簿无法容纳的字符（控制字符）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n text(s) longer than Excel&apos;s 32,767 characters per cell.</source>
        <translation type="unfinished">
            <numerusform>已截断 %n 段超过 Excel 单元格上限（32,767 个字符）的文本。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name had no extension, so .xlsx was added to it.</source>
        <translation type="unfinished">名称没有扩展名，因此已添加 .xlsx。</translation>
    </message>
    <message>
        <source>The disk is full, so the command&apos;s output could not be written.</source>
        <translation type="unfinished">磁盘已满，无法写入命令的输出。</translation>
    </message>
    <message>
        <source>The command&apos;s output could not be written: %1</source>
        <translation type="unfinished">无法写入命令的输出：%1</translation>
    </message>
    <message>
        <source>lcplanner: cannot compile the translations in %1: %2</source>
        <translation type="unfinished">lcplanner：无法编译 %1 中的翻译：%2</translation>
    </message>
    <message>
        <source>lcplanner: no lcplanner_*.ts files in %1</source>
        <translation type="unfinished">lcplanner：%1 中没有 lcplanner_*.ts 文件</translation>
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
        </translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation type="unfinished">编辑计划属性</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished">添加机构</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished">编辑机构</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished">删除机构</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished">合并机构</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation type="unfinished">添加目标</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation type="unfinished">编辑目标</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished">删除目标</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished">移动目标</translation>
    </message>
    <message>
        <source>Move objective to another area</source>
        <translation type="unfinished">将目标移到另一个领域</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished">添加行动</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished">编辑行动</translation>
    </message>
    <message>
        <source>Set lead</source>
        <translation type="unfinished">设置牵头单位</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation type="unfinished">
            <numerusform>删除 %n 项行动</numerusform>
        </translation>
    </message>
    <message>
        <source>Move action</source>
        <translation type="unfinished">移动行动</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to another area</source>
        <translation type="unfinished">
            <numerusform>将 %n 项行动移到另一个领域</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit partners</source>
        <translation type="unfinished">编辑合作伙伴</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished">添加预算条目</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation type="unfinished">编辑预算条目</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation type="unfinished">删除预算条目</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">添加指标</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished">编辑指标</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation type="unfinished">删除指标</translation>
    </message>
    <message>
        <source>Add workshop</source>
        <translation type="unfinished">添加研讨会</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation type="unfinished">编辑研讨会</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation type="unfinished">删除研讨会</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation type="unfinished">添加利益相关方</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation type="unfinished">编辑利益相关方</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation type="unfinished">删除利益相关方</translation>
    </message>
    <message>
        <source>Mark who was present</source>
        <translation type="unfinished">标记出席者</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished">评级 %1</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation type="unfinished">添加举措</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation type="unfinished">编辑举措</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation type="unfinished">删除举措</translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished">加载提示</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished">添加卡片</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation type="unfinished">编辑卡片</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation type="unfinished">移动卡片</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation type="unfinished">删除卡片</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation type="unfinished">合并卡片</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">添加小组</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished">投票</translation>
    </message>
    <message>
        <source>Turn cards into an action</source>
        <translation type="unfinished">将卡片转为行动</translation>
    </message>
    <message>
        <source>Turn cards into an objective</source>
        <translation type="unfinished">将卡片转为目标</translation>
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
        </translation>
    </message>
    <message>
        <source>No differences: both hold the same rows and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">关闭(&amp;C)</translation>
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
        <translation type="unfinished">%1（%2）</translation>
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
        <translation type="unfinished">%1：出现意外问题</translation>
    </message>
    <message>
        <source>%1 ran into an unexpected problem. Your plan is safe: every change was saved when you made it. Please send the details below to whoever supports %1.</source>
        <translation type="unfinished">%1 遇到了意外问题。您的计划是安全的：每项更改在您做出时就已保存。请将下面的详细信息发送给 %1 的技术支持人员。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished">错误详细信息</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished">复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished">复制详细信息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
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
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">基线值</translation>
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
        <translation type="unfinished">编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">行动</translation>
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
        <translation type="unfinished">计划期(&amp;P)：</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s): %2 on track, %3 delayed, %4 not started, %5 done, %6 cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No update for %1: %n action(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished">例如 %1</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished">从日历中选择（Alt+下箭头）</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished">%1 的日历</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished">清除日期</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished">清除 %1</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1, or leave it empty; Escape puts the saved date back.</source>
        <translation type="unfinished">不是日期。请按 %1 的格式输入，或留空；按 Esc 恢复已保存的日期。</translation>
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
        <translation type="unfinished">行动</translation>
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
        <translation type="unfinished">作者</translation>
    </message>
    <message>
        <source>Dots to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">城市</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">编号</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">国家</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">已完成</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished">点数</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished">投入</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">依据</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">小组</translation>
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
        <translation type="unfinished">影响</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished">影响力</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">关注度</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">评级</translation>
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
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">目标</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished">实施单位</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">完成 %</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">结束年份</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">起始年份</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">联系人</translation>
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
        <translation type="unfinished">提示</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">覆盖范围</translation>
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
        <translation type="unfinished">状态</translation>
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
        <translation type="unfinished">愿景</translation>
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
        <translation type="unfinished">领域</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
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
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cover</source>
        <translation type="unfinished">封面</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">摘要</translation>
    </message>
    <message>
        <source>Fundamental conditions</source>
        <translation type="unfinished">基本条件</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">时间表</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">预算</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation type="unfinished">现状盘点</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished">想法</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">国家</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">愿景</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation type="unfinished">计划期</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation type="unfinished">行动数量</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished">预算总额</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished">框架</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">主要特征</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">编号</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">目标</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">行动</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">描述</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">目标群体</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.
----------
In the responsibilities matrix: the organisation leads the action.</extracomment>
        <translation type="unfinished">牵头单位</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation type="unfinished">合作伙伴（角色）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">结束</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation type="unfinished">预算合计</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">资金来源</translation>
    </message>
    <message>
        <source>Indicators (baseline → target)</source>
        <translation type="unfinished">指标（基线值 → 目标值）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">完成 %</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">优先级</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>ID (do not edit)</source>
        <translation type="unfinished">ID（请勿编辑）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">领域</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">目标</translation>
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
        <translation type="unfinished">合作伙伴</translation>
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
        <translation type="unfinished">指南行动领域</translation>
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
        <translation type="unfinished">行动</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished">预算 %1</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation type="unfinished">信息不全的行动</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">合计</translation>
    </message>
    <message>
        <source>Objective or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">单位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">基线值</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">基线年份</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">目标值</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished">目标年份</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">实际值</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">数据来源</translation>
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
        <translation type="unfinished">年份</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">资金来源</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation type="unfinished">已确认或预期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">金额</translation>
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
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">已确认</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">预期</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation type="unfinished">已确认合计</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation type="unfinished">预期合计</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished">合计 %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">部门</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">联系人</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">电话</translation>
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
        <translation type="unfinished">牵头的行动</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">参与合作的行动</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished">%2年第%1季度</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished">图例</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished">尚无行动。</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">（无目标）</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation type="unfinished">第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">提示</translation>
    </message>
    <message>
        <source>Key feature</source>
        <translation type="unfinished">主要特征</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">评级</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">依据</translation>
    </message>
    <message>
        <source>Existing initiative</source>
        <translation type="unfinished">现有举措</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">实施单位</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">覆盖范围</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>(the area as a whole)</source>
        <translation type="unfinished">（整个领域）</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished">想法</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">作者</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">小组</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished">点数</translation>
    </message>
    <message>
        <source>Votes by group</source>
        <translation type="unfinished">各小组投票</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished">影响</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished">投入</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished">象限</translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished">转为</translation>
    </message>
    <message>
        <source>action %1</source>
        <extracomment>What a card became: %1 is a code (&quot;BB1-3&quot;).</extracomment>
        <translation type="unfinished">行动 %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation type="unfinished">目标 %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export workplan</source>
        <translation type="unfinished">导出工作计划</translation>
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
        <translation type="unfinished">Excel 工作簿 (*.xlsx)</translation>
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
        <translation type="unfinished">%1 工作计划</translation>
    </message>
    <message>
        <source>Export workplan</source>
        <translation type="unfinished">导出工作计划</translation>
    </message>
    <message>
        <source>Writing the workplan…</source>
        <translation type="unfinished">正在写入工作计划…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>已将 %n 项行动导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation type="unfinished">
            <numerusform>已删除 %n 个工作簿无法容纳的字符（控制字符）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Actions (%1)</source>
        <translation type="unfinished">行动（%1）</translation>
    </message>
    <message>
        <source>Objectives (%1)</source>
        <translation type="unfinished">目标（%1）</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation type="unfinished">机构（%1）</translation>
    </message>
    <message>
        <source>Indicators (%1)</source>
        <translation type="unfinished">指标（%1）</translation>
    </message>
    <message>
        <source>Find in the whole plan</source>
        <translation type="unfinished">在整个计划中查找</translation>
    </message>
    <message>
        <source>Actions, objectives, organisations, indicators: type a word</source>
        <translation type="unfinished">行动、目标、机构、指标：输入关键词</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">状态筛选</translation>
    </message>
    <message>
        <source>Lead filter</source>
        <translation type="unfinished">牵头单位筛选</translation>
    </message>
    <message>
        <source>Only actions with gaps</source>
        <translation type="unfinished">仅显示有缺项的行动</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">结果</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">所有状态</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation type="unfinished">所有牵头单位</translation>
    </message>
    <message>
        <source>Type a word to search every area of the plan.</source>
        <translation type="unfinished">输入关键词，在计划的所有领域中搜索。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished">未找到任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the whole plan.</source>
        <translation type="unfinished">
            <numerusform>在整个计划中找到 %n 项结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches as typed; %n found when accents are ignored.</source>
        <translation type="unfinished">
            <numerusform>没有与输入完全一致的结果；忽略重音符号后找到 %n 项结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1（%2）</translation>
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
        <translation type="unfinished">个人赋能与社会凝聚力</translation>
    </message>
    <message>
        <source>Empowerment and cohesion</source>
        <translation type="unfinished">赋能与凝聚</translation>
    </message>
    <message>
        <source>Economic development and cultural prosperity</source>
        <translation type="unfinished">经济发展与文化繁荣</translation>
    </message>
    <message>
        <source>Economy and culture</source>
        <translation type="unfinished">经济与文化</translation>
    </message>
    <message>
        <source>Sustainable development</source>
        <translation type="unfinished">可持续发展</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation type="unfinished">可持续性</translation>
    </message>
    <message>
        <source>Inclusive learning in the education system</source>
        <translation type="unfinished">教育系统中的全纳学习</translation>
    </message>
    <message>
        <source>Education system</source>
        <translation type="unfinished">教育系统</translation>
    </message>
    <message>
        <source>Re-vitalised learning in families and communities</source>
        <translation type="unfinished">重振家庭和社区学习</translation>
    </message>
    <message>
        <source>Families and communities</source>
        <translation type="unfinished">家庭和社区</translation>
    </message>
    <message>
        <source>Effective learning for and in the workplace</source>
        <translation type="unfinished">为了工作和在工作场所中的有效学习</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished">工作场所</translation>
    </message>
    <message>
        <source>Extended use of modern learning technologies</source>
        <translation type="unfinished">扩大现代学习技术的应用</translation>
    </message>
    <message>
        <source>Learning technologies</source>
        <translation type="unfinished">学习技术</translation>
    </message>
    <message>
        <source>Enhanced quality in learning</source>
        <translation type="unfinished">提高学习质量</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished">学习质量</translation>
    </message>
    <message>
        <source>A vibrant culture of learning throughout life</source>
        <translation type="unfinished">充满活力的终身学习文化</translation>
    </message>
    <message>
        <source>Culture of learning</source>
        <translation type="unfinished">学习文化</translation>
    </message>
    <message>
        <source>Strong political will and commitment</source>
        <translation type="unfinished">强有力的政治意愿和承诺</translation>
    </message>
    <message>
        <source>Political will</source>
        <translation type="unfinished">政治意愿</translation>
    </message>
    <message>
        <source>Governance and participation of all stakeholders</source>
        <translation type="unfinished">所有利益相关方的治理和参与</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished">治理</translation>
    </message>
    <message>
        <source>Mobilisation and utilisation of resources</source>
        <translation type="unfinished">资源的调动和利用</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished">资源</translation>
    </message>
    <message>
        <source>The key-feature prompts are LC Planner&apos;s short paraphrase of the UNESCO Institute for Lifelong Learning&apos;s Key Features of Learning Cities (Beijing, 2013), not the official text.</source>
        <translation type="unfinished">主要特征提示是 LC Planner 对联合国教科文组织终身学习研究所《学习型城市的主要特征》（北京，2013 年）的简要转述，并非官方文本。</translation>
    </message>
    <message>
        <source>Framework: UNESCO Institute for Lifelong Learning, Key Features of Learning Cities (2013) and Guidelines for Building Learning Cities (2015).</source>
        <translation type="unfinished">框架：联合国教科文组织终身学习研究所《学习型城市的主要特征》（2013 年）和《建设学习型城市指南》（2015 年）。</translation>
    </message>
    <message>
        <source>Early childhood care and education</source>
        <translation type="unfinished">幼儿保育和教育</translation>
    </message>
    <message>
        <source>Access and participation from primary to higher education</source>
        <translation type="unfinished">从初等教育到高等教育的入学与参与</translation>
    </message>
    <message>
        <source>Adult education and vocational training</source>
        <translation type="unfinished">成人教育和职业培训</translation>
    </message>
    <message>
        <source>Support for marginalised groups and migrant families</source>
        <translation type="unfinished">支持边缘化群体和移民家庭</translation>
    </message>
    <message>
        <source>Community learning spaces: centres, libraries, museums</source>
        <translation type="unfinished">社区学习空间：学习中心、图书馆、博物馆</translation>
    </message>
    <message>
        <source>Residents take part in community learning</source>
        <translation type="unfinished">居民参与社区学习</translation>
    </message>
    <message>
        <source>Reaching groups at risk: families in need, migrants, people with disabilities, minorities, older learners</source>
        <translation type="unfinished">惠及高风险群体：困难家庭、移民、残疾人、少数群体、老年学习者</translation>
    </message>
    <message>
        <source>Valuing local history, culture and indigenous knowledge</source>
        <translation type="unfinished">重视地方历史、文化和本土知识</translation>
    </message>
    <message>
        <source>Public and private bodies become learning organisations</source>
        <translation type="unfinished">公共和私营机构成为学习型组织</translation>
    </message>
    <message>
        <source>Learning for every employee, migrant workers included</source>
        <translation type="unfinished">面向每位员工的学习，包括外来务工人员</translation>
    </message>
    <message>
        <source>Employers and unions back workplace learning</source>
        <translation type="unfinished">雇主和工会支持工作场所学习</translation>
    </message>
    <message>
        <source>Learning for unemployed young people and adults</source>
        <translation type="unfinished">面向失业青年和成年人的学习</translation>
    </message>
    <message>
        <source>Administrators, teachers and educators trained to use learning technologies</source>
        <translation type="unfinished">行政管理人员、教师和教育工作者接受使用学习技术的培训</translation>
    </message>
    <message>
        <source>Every resident can reach computers and the internet</source>
        <translation type="unfinished">每位居民都能使用计算机和互联网</translation>
    </message>
    <message>
        <source>Good e-learning resources</source>
        <translation type="unfinished">优质的电子学习资源</translation>
    </message>
    <message>
        <source>From teaching to learning: creativity and learning to learn</source>
        <translation type="unfinished">从教到学：创造力与学会学习</translation>
    </message>
    <message>
        <source>Shared values and tolerance</source>
        <translation type="unfinished">共同价值观与包容</translation>
    </message>
    <message>
        <source>Well-trained educators</source>
        <translation type="unfinished">训练有素的教育工作者</translation>
    </message>
    <message>
        <source>Learner-friendly places, special needs included</source>
        <translation type="unfinished">对学习者友好的场所，包括满足特殊需求</translation>
    </message>
    <message>
        <source>Public events that celebrate learning, such as learning festivals</source>
        <translation type="unfinished">庆祝学习的公共活动，例如学习节</translation>
    </message>
    <message>
        <source>Information, guidance and support for learners</source>
        <translation type="unfinished">为学习者提供信息、指导和支持</translation>
    </message>
    <message>
        <source>Media, libraries and cultural institutions promote learning</source>
        <translation type="unfinished">媒体、图书馆和文化机构推广学习</translation>
    </message>
    <message>
        <source>All forms of learning are recognised and rewarded</source>
        <translation type="unfinished">各种形式的学习都得到认可和奖励</translation>
    </message>
    <message>
        <source>City leaders commit to building a learning city</source>
        <translation type="unfinished">城市领导者致力于建设学习型城市</translation>
    </message>
    <message>
        <source>A lifelong-learning strategy and plan made with all partners</source>
        <translation type="unfinished">与所有合作伙伴共同制定的终身学习战略和计划</translation>
    </message>
    <message>
        <source>Progress is monitored and reported</source>
        <translation type="unfinished">监测并报告进展</translation>
    </message>
    <message>
        <source>A coordination body across sectors</source>
        <translation type="unfinished">跨部门协调机构</translation>
    </message>
    <message>
        <source>Every stakeholder contributes: public, private, civil society, education</source>
        <translation type="unfinished">每个利益相关方都作出贡献：公共部门、私营部门、民间社会、教育界</translation>
    </message>
    <message>
        <source>Partnerships, international ones included</source>
        <translation type="unfinished">伙伴关系，包括国际伙伴关系</translation>
    </message>
    <message>
        <source>More investment in lifelong learning from every source</source>
        <translation type="unfinished">从各种来源增加对终身学习的投入</translation>
    </message>
    <message>
        <source>Stakeholders&apos; resources used well; new ways of funding</source>
        <translation type="unfinished">善用利益相关方的资源；探索新的筹资方式</translation>
    </message>
    <message>
        <source>Learning opportunities for disadvantaged groups are funded</source>
        <translation type="unfinished">为弱势群体的学习机会提供资金</translation>
    </message>
    <message>
        <source>Volunteers contribute their time and skills</source>
        <translation type="unfinished">志愿者贡献时间和技能</translation>
    </message>
    <message>
        <source>Cities exchange ideas and experience</source>
        <translation type="unfinished">城市之间交流理念和经验</translation>
    </message>
    <message>
        <source>Develop a plan</source>
        <translation type="unfinished">制定计划</translation>
    </message>
    <message>
        <source>Coordinate all stakeholders</source>
        <translation type="unfinished">协调所有利益相关方</translation>
    </message>
    <message>
        <source>Celebrate learning</source>
        <translation type="unfinished">庆祝学习</translation>
    </message>
    <message>
        <source>Learning accessible to all</source>
        <translation type="unfinished">人人可及的学习</translation>
    </message>
    <message>
        <source>Monitor and evaluate</source>
        <translation type="unfinished">监测与评估</translation>
    </message>
    <message>
        <source>Sustainable funding</source>
        <translation type="unfinished">可持续的资金</translation>
    </message>
</context>
<context>
    <name>GapsDialog</name>
    <message>
        <source>Gaps</source>
        <translation type="unfinished">缺项</translation>
    </message>
    <message>
        <source>What the plan still lacks. Enter or a double-click goes to the field.</source>
        <translation type="unfinished">计划仍缺少的内容。按 Enter 或双击可转到相应字段。</translation>
    </message>
    <message>
        <source>No gaps: every action has a lead, an indicator, a budget and dates.</source>
        <translation type="unfinished">没有缺项：每项行动都有牵头单位、指标、预算和日期。</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n 项行动</numerusform>
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
        <translation type="unfinished">快速见效</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation type="unfinished">重大项目</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation type="unfinished">零星任务</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation type="unfinished">费力不讨好</translation>
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
        <translation type="unfinished">新卡片的领域</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down in the idea field choose the area too; drop cards here to move them to this area</source>
        <translation type="unfinished">在想法输入框中按 Alt+上/下箭头也可选择领域；将卡片拖放到此处可将其移到该领域</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation type="unfinished">输入想法后按 Enter</translation>
    </message>
    <message>
        <source>New card</source>
        <translation type="unfinished">新卡片</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">可选</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">作者</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">小组</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">领域(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation type="unfinished">想法(&amp;I)：</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation type="unfinished">作者(&amp;U)：</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation type="unfinished">小组(&amp;O)：</translation>
    </message>
    <message>
        <source>Voter group</source>
        <translation type="unfinished">投票小组</translation>
    </message>
    <message>
        <source>Whose dots + / − and the digits set on the selected card</source>
        <translation type="unfinished">按 + / − 或数字键时，为所选卡片设置哪个小组的点数</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation type="unfinished">输入名称后按 Enter</translation>
    </message>
    <message>
        <source>New voter group</source>
        <translation type="unfinished">新投票小组</translation>
    </message>
    <message>
        <source>Dots of the new group</source>
        <translation type="unfinished">新小组的点数</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">添加小组</translation>
    </message>
    <message>
        <source>Vo&amp;tes of:</source>
        <translation type="unfinished">投票小组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;New group:</source>
        <translation type="unfinished">新小组(&amp;N)：</translation>
    </message>
    <message>
        <source>Bu&amp;dget:</source>
        <translation type="unfinished">点数预算(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Sort by dots</source>
        <translation type="unfinished">按点数排序(&amp;S)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">显示</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished">所有卡片</translation>
    </message>
    <message>
        <source>Not on the board yet</source>
        <translation type="unfinished">尚未放到矩阵上</translation>
    </message>
    <message>
        <source>&amp;Quadrant:</source>
        <translation type="unfinished">象限(&amp;Q)：</translation>
    </message>
    <message>
        <source>Idea wall</source>
        <translation type="unfinished">想法墙</translation>
    </message>
    <message>
        <source>Impact–effort board</source>
        <translation type="unfinished">影响–投入矩阵</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation type="unfinished">想法墙(&amp;W)</translation>
    </message>
    <message>
        <source>Impact–effort &amp;board</source>
        <translation type="unfinished">影响–投入矩阵(&amp;B)</translation>
    </message>
    <message>
        <source>Enter adds a card. On a card: F2 edit · Delete · Alt+←/→ other area · Ctrl+M merge · + / − or 0–9 dots · Ctrl+arrows on the board · Ctrl+Enter action · Ctrl+Shift+Enter objective</source>
        <translation type="unfinished">Enter 添加卡片。在卡片上：F2 编辑 · Delete 删除 · Alt+←/→ 换到其他领域 · Ctrl+M 合并 · + / − 或 0–9 设置点数 · Ctrl+方向键 在矩阵上移动 · Ctrl+Enter 转为行动 · Ctrl+Shift+Enter 转为目标</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>voter group: name, dots spent/budget</comment>
        <translation type="unfinished">%1 %2/%3</translation>
    </message>
    <message>
        <source>Card added to %1. Type the next one; Ctrl+Z takes it back.</source>
        <translation type="unfinished">已将卡片添加到 %1。请输入下一张；按 Ctrl+Z 可撤回。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation type="unfinished">
            <numerusform>删除 %n 张卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n card(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>已删除 %n 张卡片。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation type="unfinished">
            <numerusform>移动 %n 张卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>已将 %n 张卡片移到 %1。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation type="unfinished">移动卡片</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to:</source>
        <translation type="unfinished">
            <numerusform>将 %n 张卡片移到：</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two cards to merge (Ctrl+click or Shift+arrows).</source>
        <translation type="unfinished">请选择两张要合并的卡片（Ctrl+单击或 Shift+方向键）。</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation type="unfinished">合并卡片</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n card(s) into one. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>已将 %n 张卡片合并为一张。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a card first.</source>
        <translation type="unfinished">请先选择一张卡片。</translation>
    </message>
    <message>
        <source>Add a voter group first: its name and its dots.</source>
        <translation type="unfinished">请先添加投票小组：填写名称和点数。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n dot(s) on this card.</source>
        <translation type="unfinished">
            <numerusform>%1 在这张卡片上有 %n 个点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n card(s) on the board</source>
        <translation type="unfinished">
            <numerusform>将 %n 张卡片放到矩阵上</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board: impact %1, effort %2 (%3).</source>
        <translation type="unfinished">在矩阵上：影响 %1，投入 %2（%3）。</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation type="unfinished">请选择要转为行动或目标的卡片。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the action %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n 张卡片已转为行动 %1。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the objective %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>%n 张卡片已转为目标 %1。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 can spend %n dot(s).</source>
        <translation type="unfinished">
            <numerusform>%1 可以投 %n 个点。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactEffortBoard</name>
    <message>
        <source>Effort →</source>
        <translation type="unfinished">投入 →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation type="unfinished">影响 →</translation>
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
        <translation type="unfinished">编号</translation>
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
        <translation type="unfinished">目标</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">描述</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">目标群体</translation>
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
        <translation type="unfinished">开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">结束日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">完成 %</translation>
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
        <translation type="unfinished">资金来源</translation>
    </message>
    <message>
        <source>Indicators (KPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">备注</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing from the workbook</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation type="unfinished">
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
        <translation type="unfinished">（请选择）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cannot be read. Fix them in the spreadsheet, or choose what their values become, and import again.</source>
        <translation type="unfinished">
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing from the workbook</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) not in the register</source>
        <translation type="unfinished">
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
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">添加指标</translation>
    </message>
    <message>
        <source>New indicator, e.g. number of participants</source>
        <translation type="unfinished">新指标，例如参与人数</translation>
    </message>
    <message>
        <source>New indicator name</source>
        <translation type="unfinished">新指标名称</translation>
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
        <translation type="unfinished">新指标</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished">%1 不是数字。</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">单位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">基线值</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">基线年份</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">目标值</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished">目标年份</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">实际值</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">数据来源</translation>
    </message>
</context>
<context>
    <name>InitiativeTable</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished">举措</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished">实施单位</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">覆盖范围</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">提示</translation>
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
        <translation type="unfinished">导航</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished">新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished">打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <translation type="unfinished">打开演示计划(&amp;D)</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation type="unfinished">另存副本(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Workplan…</source>
        <translation type="unfinished">导出工作计划(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished">查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished">演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Action &amp;Editor</source>
        <translation type="unfinished">行动编辑器(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished">全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Workshop &amp;Timer</source>
        <translation type="unfinished">研讨会计时器</translation>
    </message>
    <message>
        <source>&amp;About LC Planner</source>
        <translation type="unfinished">关于 LC Planner(&amp;A)</translation>
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
        <translation type="unfinished">文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">视图(&amp;V)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation type="unfinished">下一窗格(&amp;N)</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished">上一窗格(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Gaps…</source>
        <translation type="unfinished">缺项(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished">转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation type="unfinished">计划正在使用中</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation type="unfinished">%1

是否以只读方式打开？</translation>
    </message>
    <message>
        <source>Upgraded the plan file; the old version is kept as %1</source>
        <translation type="unfinished">已升级计划文件；旧版本已保存为 %1</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished">打开计划</translation>
    </message>
    <message>
        <source>LC Planner plans (%1)</source>
        <translation type="unfinished">LC Planner 计划 (%1)</translation>
    </message>
    <message>
        <source>Demo plan</source>
        <translation type="unfinished">演示计划</translation>
    </message>
    <message>
        <source>Cannot create the demo plan</source>
        <translation type="unfinished">无法创建演示计划</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation type="unfinished">将新计划保存为</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation type="unfinished">无法创建计划</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished">已于 %1 保存</translation>
    </message>
    <message>
        <source>%1 – LC Planner</source>
        <translation type="unfinished">%1 – LC Planner</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation type="unfinished">%1 [只读]</translation>
    </message>
    <message>
        <source>About LC Planner</source>
        <translation type="unfinished">关于 LC Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı: learning-city action plans for workshops, offline.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;学习型城市规划工具：为研讨会制定学习型城市行动计划，可离线使用。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;许可证：GNU GPL 第 3 版或更高版本。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 不是有效日期。</translation>
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
        <translation type="unfinished">备注</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide.</source>
        <translation type="unfinished">
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
        <translation type="unfinished">取消</translation>
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
        <translation type="unfinished">%1 不是有效日期。</translation>
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
        <translation type="unfinished">计划期(&amp;P)：</translation>
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
        <translation type="unfinished">领域(&amp;A)：</translation>
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
        </translation>
    </message>
</context>
<context>
    <name>MonitoringTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">行动</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">牵头单位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">完成 %</translation>
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
        <translation type="unfinished">1 利益相关方</translation>
    </message>
    <message>
        <source>2 Stock-take</source>
        <translation type="unfinished">2 现状盘点</translation>
    </message>
    <message>
        <source>3 Ideas and votes</source>
        <translation type="unfinished">3 想法与投票</translation>
    </message>
    <message>
        <source>Workshop, step 1: who is in the room and who should be (Ctrl+Shift+1)</source>
        <translation type="unfinished">研讨会第 1 步：谁在场，谁应该在场（Ctrl+Shift+1）</translation>
    </message>
    <message>
        <source>Workshop, step 2: what the city already has, area by area (Ctrl+Shift+2)</source>
        <translation type="unfinished">研讨会第 2 步：城市已有哪些，按领域逐一盘点（Ctrl+Shift+2）</translation>
    </message>
    <message>
        <source>Workshop, steps 3 and 4: ideas on the wall, dots and the impact-effort board; the best become actions (Ctrl+Shift+3)</source>
        <translation type="unfinished">研讨会第 3、4 步：墙上的想法、投票点和影响–投入矩阵；最好的想法变成行动（Ctrl+Shift+3）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">时间表</translation>
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
        <translation type="unfinished">概览</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished">%1  %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n action(s)</source>
        <translation type="unfinished">
            <numerusform>%1：%2，%n 项行动</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (some actions lack a lead, an indicator, a budget or dates)</source>
        <translation type="unfinished">%1（部分行动缺少牵头单位、指标、预算或日期）</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished">新建计划</translation>
    </message>
    <message>
        <source>Learning City Action Plan</source>
        <translation type="unfinished">学习型城市行动计划</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">起始年份</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">结束年份</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">计划期(&amp;P)：</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation type="unfinished">计划语言(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 Learning City Action Plan</source>
        <translation type="unfinished">%1学习型城市行动计划</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>(choose)</source>
        <translation type="unfinished">（请选择）</translation>
    </message>
    <message>
        <source>No sector yet: choose one (double-click the Sector cell).</source>
        <translation type="unfinished">尚未设定部门：请选择一个（双击“部门”单元格）。</translation>
    </message>
</context>
<context>
    <name>OrganisationTable</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">部门</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">联系人</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">牵头的行动</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">参与合作的行动</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>&lt;h2&gt;Organisations&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;机构&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>New organisation: type its name and press Enter</source>
        <translation type="unfinished">新机构：输入名称后按 Enter 键</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished">新机构</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished">合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Select two organisations that are the same, then merge</source>
        <translation type="unfinished">选择两个相同的机构，然后合并</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">删除(&amp;D)</translation>
    </message>
    <message>
        <source>Actions of the organisation</source>
        <translation type="unfinished">该机构的行动</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished">删除机构</translation>
    </message>
    <message>
        <source>Select exactly two organisations to merge.</source>
        <translation type="unfinished">请恰好选择两个机构进行合并。</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished">合并机构</translation>
    </message>
    <message>
        <source>Keep which name? The other is merged into it.</source>
        <translation type="unfinished">保留哪个名称？另一个机构将合并到其中。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an organisation to see its actions.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;选择一个机构以查看其行动。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;i&gt;无&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</source>
        <translation type="unfinished">&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Leads %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform>&lt;p&gt;&lt;b&gt;牵头 %n 项行动：&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Partner in %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform>&lt;p&gt;&lt;b&gt;参与合作 %n 项行动：&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Plan properties</source>
        <translation type="unfinished">计划属性</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">起始年份</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">结束年份</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">城市(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">国家(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">标题(&amp;T)：</translation>
    </message>
    <message>
        <source>V&amp;ision:</source>
        <translation type="unfinished">愿景(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">计划期(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished">货币(&amp;U)：</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation type="unfinished">计划语言(&amp;N)：</translation>
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
        <translation type="unfinished">&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2，%3 · %4–%5&lt;/p&gt;</translation>
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
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">角色</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">合作伙伴</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished">合作机构</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation type="unfinished">选择机构或输入新机构</translation>
    </message>
    <message>
        <source>Partner role</source>
        <translation type="unfinished">合作角色</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished">添加合作伙伴</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">移除</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">%1 的角色</translation>
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
        <translation type="unfinished">%1（%2）</translation>
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
        <translation type="unfinished">城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">国家</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">愿景</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation type="unfinished">计划期</translation>
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
        <translation type="unfinished">导出日期</translation>
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
        <translation type="unfinished">行动数量</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished">预算总额</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">领域</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">目标</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">行动</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">预算</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation type="unfinished">预算合计</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation type="unfinished">信息不全的行动</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">合计</translation>
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
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">（无目标）</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished">尚无行动。</translation>
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
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>Contact persons, e-mail addresses and phone numbers are kept in the plan file and not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">描述</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">目标群体</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation type="unfinished">牵头单位</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation type="unfinished">合作伙伴（角色）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">完成 %</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">优先级</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">主要特征</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">指南行动领域</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">资金来源</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">基线值</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">目标值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">实际值</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">数据来源</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">年份</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">资金来源</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation type="unfinished">已确认或预期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">金额</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">已确认</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">预期</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation type="unfinished">已确认合计</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation type="unfinished">预期合计</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">部门</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">牵头的行动</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">参与合作的行动</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">现状盘点：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation type="unfinished">
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n 项行动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation type="unfinished">
            <numerusform>⚠ %n 处缺项</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">时间表</translation>
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
        <translation type="unfinished">%2年第%1季度</translation>
    </message>
</context>
<context>
    <name>PlanError</name>
    <message>
        <source>Action %1 is in an unknown area.</source>
        <translation type="unfinished">行动 %1 位于未知领域。</translation>
    </message>
    <message>
        <source>Objective %1 is in an unknown area.</source>
        <translation type="unfinished">目标 %1 位于未知领域。</translation>
    </message>
    <message>
        <source>Action %1 has an unknown status.</source>
        <translation type="unfinished">行动 %1 的状态未知。</translation>
    </message>
    <message>
        <source>The plan “%1” is a draft but has an approval date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 has a priority or percentage out of range.</source>
        <translation type="unfinished">行动 %1 的优先级或百分比超出范围。</translation>
    </message>
    <message>
        <source>Action %1 ends before it starts.</source>
        <translation type="unfinished">行动 %1 的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>The lead of action %1 belongs to another plan.</source>
        <translation type="unfinished">行动 %1 的牵头单位属于另一个计划。</translation>
    </message>
    <message>
        <source>Action %1 sits under an objective of another area.</source>
        <translation type="unfinished">行动 %1 位于另一个领域的目标之下。</translation>
    </message>
    <message>
        <source>A partner of action %1 has an unknown role.</source>
        <translation type="unfinished">行动 %1 的某个合作伙伴的角色未知。</translation>
    </message>
    <message>
        <source>A budget line of action %1 is negative or has an unknown source.</source>
        <translation type="unfinished">行动 %1 的某个预算条目为负数或资金来源未知。</translation>
    </message>
    <message>
        <source>Indicator %1 has an unknown kind.</source>
        <translation type="unfinished">指标 %1 的类型未知。</translation>
    </message>
    <message>
        <source>Organisation %1 has an unknown sector.</source>
        <translation type="unfinished">机构 %1 的部门未知。</translation>
    </message>
    <message>
        <source>The card “%1” is in an unknown area.</source>
        <translation type="unfinished">卡片“%1”位于未知领域。</translation>
    </message>
    <message>
        <source>The prompt %1 is in an unknown area.</source>
        <translation type="unfinished">提示 %1 位于未知领域。</translation>
    </message>
    <message>
        <source>The initiative %1 is in an unknown area.</source>
        <translation type="unfinished">举措 %1 位于未知领域。</translation>
    </message>
    <message>
        <source>The rating %1 has an unknown area or level.</source>
        <translation type="unfinished">评级 %1 的领域或等级未知。</translation>
    </message>
    <message>
        <source>The stakeholder %1 has an influence or interest out of range.</source>
        <translation type="unfinished">利益相关方 %1 的影响力或关注度超出范围。</translation>
    </message>
    <message>
        <source>The group %1 has spent more dots than its budget.</source>
        <translation type="unfinished">小组 %1 投出的点数超过了其预算。</translation>
    </message>
    <message>
        <source>Action %1 has no lead organisation.</source>
        <translation type="unfinished">行动 %1 没有牵头单位。</translation>
    </message>
    <message>
        <source>Action %1 has no indicator.</source>
        <translation type="unfinished">行动 %1 没有指标。</translation>
    </message>
    <message>
        <source>Action %1 has no budget.</source>
        <translation type="unfinished">行动 %1 没有预算。</translation>
    </message>
    <message>
        <source>Action %1 has no start or end date.</source>
        <translation type="unfinished">行动 %1 缺少开始或结束日期。</translation>
    </message>
    <message>
        <source>Database damage: %1</source>
        <translation type="unfinished">数据库损坏：%1</translation>
    </message>
    <message>
        <source>Row %2 of %1 points to a missing row of %3.</source>
        <translation type="unfinished">%1 的第 %2 行指向 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>Action %1 names unknown key features: %2.</source>
        <translation type="unfinished">行动 %1 引用了未知的主要特征：%2。</translation>
    </message>
    <message>
        <source>Action %1 has a date outside the plan period.</source>
        <translation type="unfinished">行动 %1 的某个日期超出计划期。</translation>
    </message>
    <message>
        <source>Organisation %1 has no sector yet.</source>
        <translation type="unfinished">组织 %1 尚未设定部门。</translation>
    </message>
    <message>
        <source>A budget line for %1 lies outside the plan period.</source>
        <translation type="unfinished">%1 的某个预算条目超出计划期。</translation>
    </message>
    <message>
        <source>An indicator belongs to one action or one objective.</source>
        <translation type="unfinished">一个指标只能属于一项行动或一个目标。</translation>
    </message>
    <message>
        <source>The change could not be saved to the plan file: %1</source>
        <translation type="unfinished">无法将更改保存到计划文件：%1</translation>
    </message>
    <message>
        <source>An organisation named %1 already exists.</source>
        <translation type="unfinished">名为 %1 的机构已存在。</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation type="unfinished">机构不能与自身合并。</translation>
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
        <translation type="unfinished">编号 %1 已被使用。</translation>
    </message>
    <message>
        <source>The objective is not part of this plan.</source>
        <translation type="unfinished">该目标不属于本计划。</translation>
    </message>
    <message>
        <source>The objective %1 belongs to another area (%2).</source>
        <translation type="unfinished">目标 %1 属于另一个领域（%2）。</translation>
    </message>
    <message>
        <source>The lead must be an organisation of this plan.</source>
        <translation type="unfinished">牵头单位必须是本计划中的机构。</translation>
    </message>
    <message>
        <source>An organisation is listed twice among the partners.</source>
        <translation type="unfinished">某个机构在合作伙伴中重复列出。</translation>
    </message>
    <message>
        <source>A partner must be an organisation of this plan.</source>
        <translation type="unfinished">合作伙伴必须是本计划中的机构。</translation>
    </message>
    <message>
        <source>%1 already leads this action.</source>
        <translation type="unfinished">%1 已是此行动的牵头单位。</translation>
    </message>
    <message>
        <source>The plan could not be processed.</source>
        <translation type="unfinished">无法处理该计划。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished">文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file.</source>
        <translation type="unfinished">%1 是文件夹，不是计划文件。</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a plan file.</source>
        <translation type="unfinished">文件 %1 为空：它不是计划文件。</translation>
    </message>
    <message>
        <source>The file %1 is not an LC Planner plan file (it is not a database).</source>
        <translation type="unfinished">文件 %1 不是 LC Planner 计划文件（它不是数据库）。</translation>
    </message>
    <message>
        <source>The file %1 is a spreadsheet or another zipped document, not an LC Planner plan file.</source>
        <translation type="unfinished">文件 %1 是电子表格或其他压缩文档，不是 LC Planner 计划文件。</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not an LC Planner plan.</source>
        <translation type="unfinished">文件 %1 是其他程序的数据库，不是 LC Planner 计划。</translation>
    </message>
    <message>
        <source>The plan file %1 is damaged or incomplete (%2). Open a backup copy or the latest saved copy.</source>
        <translation type="unfinished">计划文件 %1 已损坏或不完整（%2）。请打开备份副本或最近保存的副本。</translation>
    </message>
    <message>
        <source>The plan file %1 was made by a newer LC Planner (schema version %2; this version reads up to %3). Update LC Planner to open it.</source>
        <translation type="unfinished">计划文件 %1 由更新版本的 LC Planner 创建（架构版本 %2；此版本最高只能读取 %3）。请更新 LC Planner 后再打开。</translation>
    </message>
    <message>
        <source>The plan file %1 is read-only (or its folder is). Open it read-only, or save a copy somewhere you can write.</source>
        <translation type="unfinished">计划文件 %1（或其所在文件夹）为只读。请以只读方式打开，或将副本保存到您有写入权限的位置。</translation>
    </message>
    <message>
        <source>The plan file %1 was made by an older LC Planner and cannot be read without upgrading it. Open it for editing once (a backup copy is kept).</source>
        <translation type="unfinished">计划文件 %1 由旧版本的 LC Planner 创建，必须升级后才能读取。请以编辑方式打开一次（会保留备份副本）。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished">无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The plan file %1 is already open for editing by %2 since %3. You can open it read-only.</source>
        <translation type="unfinished">计划文件 %1 自 %3 起已被 %2 以编辑方式打开。您可以以只读方式打开它。</translation>
    </message>
    <message>
        <source>The plan file %1 could not be upgraded to this version (%2). It was not changed; a backup is at %3.</source>
        <translation type="unfinished">计划文件 %1 无法升级到此版本（%2）。文件未被更改；备份位于 %3。</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation type="unfinished">文件 %1 已存在。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket), so it is not a plan file.</source>
        <translation type="unfinished">%1 不是普通文件（它是设备、管道或套接字），因此不是计划文件。</translation>
    </message>
    <message>
        <source>The plan file %1 was changed by another program (%2), so it was not opened. You can rescue its data into a new, clean plan.</source>
        <translation type="unfinished">计划文件 %1 已被其他程序更改（%2），因此未打开。您可以将其数据抢救到一个新的干净计划中。</translation>
    </message>
    <message>
        <source>The plan file %1 is busy: another program is writing to it. Try again in a moment, or close the other program.</source>
        <translation type="unfinished">计划文件 %1 正忙：另一个程序正在写入该文件。请稍后重试，或关闭该程序。</translation>
    </message>
    <message>
        <source>The plan file %1 was left in the middle of a save and must be repaired before it can be read, but it is read-only here. Copy it, with the file %2 beside it, to a folder where you can write, and open the copy.</source>
        <translation type="unfinished">计划文件 %1 在保存过程中被中断，必须先修复才能读取，但它在此处为只读。请将它连同旁边的文件 %2 一起复制到您有写入权限的文件夹中，然后打开该副本。</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be opened for editing: %2 is in the way of its lock file. Remove or rename it, or open the plan read-only.</source>
        <translation type="unfinished">无法以编辑方式打开计划文件 %1：%2 占用了其锁定文件的位置。请删除或重命名它，或以只读方式打开计划。</translation>
    </message>
    <message>
        <source>The plan file %1 has a lock left behind by %2, whose LC Planner is no longer running, but this account may not remove it. Delete the file %3, or open the plan read-only.</source>
        <translation type="unfinished">计划文件 %1 上有 %2 留下的锁，其 LC Planner 已不再运行，但当前账户无权删除该锁。请删除文件 %3，或以只读方式打开计划。</translation>
    </message>
    <message>
        <source>%1 is a plan open for editing by %2; it cannot be replaced. Choose another name.</source>
        <translation type="unfinished">%1 是 %2 正在编辑的计划，无法替换。请选择其他名称。</translation>
    </message>
    <message>
        <source>%1 is the plan itself; a copy cannot replace it. Choose another name.</source>
        <translation type="unfinished">%1 就是该计划本身，副本不能替换它。请选择其他名称。</translation>
    </message>
    <message>
        <source>No data could be rescued from %1: %2</source>
        <translation type="unfinished">无法从 %1 抢救任何数据：%2</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes are not allowed.</source>
        <translation type="unfinished">此计划以只读方式打开，不允许更改。</translation>
    </message>
    <message>
        <source>You may view this plan but not change it: ask its owner to make you an editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is closed.</source>
        <translation type="unfinished">计划已关闭。</translation>
    </message>
    <message>
        <source>The item no longer exists in this plan.</source>
        <translation type="unfinished">该项已不在此计划中。</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation type="unfinished">该值无效。</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters, at most %2 fit here.</source>
        <translation type="unfinished">此文本过长：共 %1 个字符，此处最多只能容纳 %2 个。</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation type="unfinished">未知字段 %1。</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation type="unfinished">此字段不能为空。</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation type="unfinished">%1 不是有效年份。</translation>
    </message>
    <message>
        <source>The year %1 is out of range (%2-%3).</source>
        <translation type="unfinished">年份 %1 超出范围（%2-%3）。</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 不是有效日期。</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation type="unfinished">%1 不是整数。</translation>
    </message>
    <message>
        <source>The value must be between %1 and %2.</source>
        <translation type="unfinished">值必须介于 %1 和 %2 之间。</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished">%1 不是数字。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished">金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation type="unfinished">金额 %1 过大。</translation>
    </message>
    <message>
        <source>%1 is not an allowed value here.</source>
        <translation type="unfinished">此处不允许使用值 %1。</translation>
    </message>
    <message>
        <source>Unknown code %1.</source>
        <translation type="unfinished">未知编号 %1。</translation>
    </message>
    <message>
        <source>%1 is not a building block or fundamental condition (BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished">%1 不是支柱或基本条件（BB1-BB6、FC1-FC3）。</translation>
    </message>
    <message>
        <source>%1 is not an area of the framework (B1-B3, BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished">%1 不是框架中的领域（B1-B3、BB1-BB6、FC1-FC3）。</translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation type="unfinished">计划期的结束时间（%1）早于开始时间（%2）。</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation type="unfinished">结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>A draft plan has no approval date: choose another approval status first, or clear the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a language code.</source>
        <translation type="unfinished">%1 不是语言代码。</translation>
    </message>
    <message>
        <source>%1 is not a currency code (three letters, e.g. TRY).</source>
        <translation type="unfinished">%1 不是货币代码（三个字母，例如 TRY）。</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation type="unfinished">%1 不是电子邮件地址。</translation>
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
        <translation type="unfinished">此处请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>The workplan could not be written: %1</source>
        <translation type="unfinished">无法写入工作计划：%1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished">导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another folder.</source>
        <translation type="unfinished">无法写入文件夹 %1。请选择其他文件夹。</translation>
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
        <translation type="unfinished">磁盘已满，因此无法写入 %1。请释放一些空间或选择其他驱动器。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is the plan being exported; the workplan must not replace it. Choose another name.</source>
        <translation type="unfinished">%1 是正在导出的计划，工作计划不能替换它。请选择其他名称。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket). Choose another name.</source>
        <translation type="unfinished">%1 不是普通文件（它是设备、管道或套接字）。请选择其他名称。</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx.</source>
        <translation type="unfinished">%1 是计划文件名（.lcplan），不是工作簿名。请选择以 .xlsx 结尾的名称。</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx, or add --force to write the workbook there anyway.</source>
        <translation type="unfinished">%1 是计划文件名（.lcplan），不是工作簿名。请选择以 .xlsx 结尾的名称，或添加 --force 以仍将工作簿写入该位置。</translation>
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
        <translation type="unfinished">%1 已存在且不是 Excel 工作簿，因此未作改动。请选择其他名称。</translation>
    </message>
    <message>
        <source>%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name, or add --force to replace it.</source>
        <translation type="unfinished">%1 已存在且不是 Excel 工作簿，因此未作改动。请选择其他名称，或添加 --force 以替换它。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation type="unfinished">%1 是文件夹，不是文件名。</translation>
    </message>
    <message>
        <source>%1 could not be written: the file is larger than the file size limit of this drive or account (file too large). Choose another drive, or ask your administrator to raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced: it may be open in Excel. Close it there and try again.</source>
        <translation type="unfinished">无法替换 %1：它可能已在 Excel 中打开。请在 Excel 中关闭后重试。</translation>
    </message>
    <message>
        <source>it has a trigger, %1</source>
        <translation type="unfinished">包含触发器：%1</translation>
    </message>
    <message>
        <source>it has a view, %1</source>
        <translation type="unfinished">包含视图：%1</translation>
    </message>
    <message>
        <source>it has an object LC Planner did not make, %1</source>
        <translation type="unfinished">包含非 LC Planner 创建的对象：%1</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished">缺少表 %1</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation type="unfinished">缺少列 %1</translation>
    </message>
    <message>
        <source>it has a column LC Planner did not make, %1</source>
        <translation type="unfinished">包含非 LC Planner 创建的列：%1</translation>
    </message>
    <message>
        <source>the definition of the table %1 was changed</source>
        <translation type="unfinished">表 %1 的定义已被更改</translation>
    </message>
    <message>
        <source>the index %1 was changed or is missing</source>
        <translation type="unfinished">索引 %1 已被更改或缺失</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a whole number</source>
        <translation type="unfinished">第 %2 行的 %1 不是整数</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a date</source>
        <translation type="unfinished">第 %2 行的 %1 不是日期</translation>
    </message>
    <message>
        <source>%1 in row %2 is not text</source>
        <translation type="unfinished">第 %2 行的 %1 不是文本</translation>
    </message>
    <message>
        <source>%1 in row %2 is too long</source>
        <translation type="unfinished">第 %2 行的 %1 过长</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a list of codes</source>
        <translation type="unfinished">第 %2 行的 %1 不是代码列表</translation>
    </message>
    <message>
        <source>%1 in row %2 is not yes or no</source>
        <translation type="unfinished">第 %2 行的 %1 不是“是”或“否”</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a text per language</source>
        <translation type="unfinished">第 %2 行的 %1 不是按语言区分的文本</translation>
    </message>
    <message>
        <source>%1 in row %2 is not one of the values LC Planner knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a working copy of the plan (%1 MB) would be larger than the file size limit of this account (file too large). Ask your administrator to raise the limit.</source>
        <translation type="unfinished">计划的工作副本（%1 MB）将超过此账户的文件大小限制（文件过大）。请让管理员提高限制。</translation>
    </message>
    <message>
        <source>the temporary folder %1 has no room for a working copy of the plan (%2 MB). Free some space there and try again.</source>
        <translation type="unfinished">临时文件夹 %1 没有足够空间存放计划的工作副本（%2 MB）。请在那里腾出空间后重试。</translation>
    </message>
    <message>
        <source>a working copy of the plan could not be made in the temporary folder %1: %2</source>
        <translation type="unfinished">无法在临时文件夹 %1 中创建计划的工作副本：%2</translation>
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
        <translation type="unfinished">卡片不能与自身合并。</translation>
    </message>
    <message>
        <source>%1 has already spent %2 dots: the budget cannot be lower.</source>
        <translation type="unfinished">%1 已投出 %2 个点：预算不能低于此数。</translation>
    </message>
    <message>
        <source>%1 has no dots left: %2 of %3 are spent.</source>
        <translation type="unfinished">%1 已没有剩余点数：%3 个点中已投出 %2 个。</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation type="unfinished">请选择要转为行动或目标的卡片。</translation>
    </message>
    <message>
        <source>The prompt code %1 is empty or listed twice.</source>
        <translation type="unfinished">提示编号 %1 为空或重复出现。</translation>
    </message>
    <message>
        <source>The prompt %1 has no text.</source>
        <translation type="unfinished">提示 %1 没有文本。</translation>
    </message>
    <message>
        <source>The prompt file %1 cannot be loaded.</source>
        <translation type="unfinished">无法加载提示文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is too big for a prompt catalogue (%2 MB; at most %3 MB).</source>
        <translation type="unfinished">文件 %1 过大，不能作为提示目录（%2 MB；最多 %3 MB）。</translation>
    </message>
    <message>
        <source>The file %1 is not a CSV file or an Excel workbook (.xlsx).</source>
        <translation type="unfinished">文件 %1 既不是 CSV 文件，也不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The file %1 is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and load it again.</source>
        <translation type="unfinished">文件 %1 是旧版 Excel 文件（.xls）。请将其另存为 Excel 工作簿（.xlsx）或 CSV UTF-8，然后重新加载。</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged or is not an Excel workbook (%2).</source>
        <translation type="unfinished">工作簿 %1 已损坏或不是 Excel 工作簿（%2）。</translation>
    </message>
    <message>
        <source>%1, row %2: the text is not UTF-8 (wrong encoding). Save the file as “CSV UTF-8” and load it again.</source>
        <translation type="unfinished">%1，第 %2 行：文本不是 UTF-8 编码（编码错误）。请将文件另存为“CSV UTF-8”，然后重新加载。</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is missing. A prompt catalogue needs the columns code, area and text_ with a language (text_en, text_tr, …).</source>
        <translation type="unfinished">%1，第 1 行：缺少列 %2。提示目录需要 code 列、area 列以及带语言代码的 text_ 列（text_en、text_tr、…）。</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is there twice.</source>
        <translation type="unfinished">%1，第 1 行：列 %2 出现了两次。</translation>
    </message>
    <message>
        <source>%1, row 1, column %2: “%3” is not a language code (text_en, text_tr, …).</source>
        <translation type="unfinished">%1，第 1 行，列 %2：“%3”不是语言代码（text_en、text_tr、…）。</translation>
    </message>
    <message>
        <source>%1 has no prompts under its first row.</source>
        <translation type="unfinished">%1 的第一行下面没有任何提示。</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; a prompt catalogue holds at most %2 prompts.</source>
        <translation type="unfinished">%1 超过 %2 行；提示目录最多只能包含 %2 条提示。</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code is empty.</source>
        <translation type="unfinished">%1，第 %2 行，code 列：编号为空。</translation>
    </message>
    <message>
        <source>%1, row %2, column area: “%3” is not an area of the framework (B1–B3, BB1–BB6, FC1–FC3).</source>
        <translation type="unfinished">%1，第 %2 行，area 列：“%3”不是框架中的领域（B1–B3、BB1–BB6、FC1–FC3）。</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code %3 is already used in row %4.</source>
        <translation type="unfinished">%1，第 %2 行，code 列：编号 %3 已在第 %4 行使用。</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the prompt %4 has no text.</source>
        <translation type="unfinished">%1，第 %2 行，%3 列：提示 %4 没有文本。</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell is too long (%4 characters; at most %5 fit).</source>
        <translation type="unfinished">%1，第 %2 行，%3 列：单元格内容过长（%4 个字符；最多 %5 个）。</translation>
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
        <translation type="unfinished">已确认</translation>
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
        <translation type="unfinished">完成 %</translation>
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
        <translation type="unfinished">（不在当前提示中）</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation type="unfinished">整个领域</translation>
    </message>
    <message>
        <source>0 not in place, 1 emerging, 2 established, 3 advanced; Delete: not rated</source>
        <translation type="unfinished">0 未具备，1 起步，2 已确立，3 领先；Delete：未评级</translation>
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
        <translation type="unfinished">摘要</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">行动</translation>
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
        <translation type="unfinished">领域</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">行动</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">牵头单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">完成 %</translation>
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
        <translation type="unfinished">指标</translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">单位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">基线值</translation>
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
        <translation type="unfinished">年份</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">资金来源</translation>
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
        <translation type="unfinished">合作伙伴</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">合计</translation>
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
        <translation type="unfinished">%1（%2）</translation>
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
        <translation type="unfinished">Excel 工作簿 (*.xlsx)</translation>
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
        <translation type="unfinished">无法打开计划</translation>
    </message>
    <message>
        <source>Rescue Data copies what can still be read into a new plan file; this file is not changed.</source>
        <translation type="unfinished">“抢救数据”会将仍可读取的内容复制到新的计划文件中；此文件不会被更改。</translation>
    </message>
    <message>
        <source>&amp;Rescue Data…</source>
        <translation type="unfinished">抢救数据(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 (rescued).lcplan</source>
        <translation type="unfinished">%1（已抢救）.lcplan</translation>
    </message>
    <message>
        <source>Save the rescued plan as</source>
        <translation type="unfinished">将抢救的计划保存为</translation>
    </message>
    <message>
        <source>Cannot rescue the plan</source>
        <translation type="unfinished">无法抢救计划</translation>
    </message>
    <message>
        <source>Plan rescued</source>
        <translation type="unfinished">计划已抢救</translation>
    </message>
</context>
<context>
    <name>RescueSummary</name>
    <message numerus="yes">
        <source>%n row(s) were carried into the new plan.</source>
        <translation type="unfinished">
            <numerusform>已将 %n 行转入新计划。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read or broke the plan&apos;s rules and were left behind.</source>
        <translation type="unfinished">
            <numerusform>有 %n 行无法读取或违反了计划规则，未转入新计划。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the wrong kind were cleared.</source>
        <translation type="unfinished">
            <numerusform>已清除 %n 个类型错误的值。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roof</name>
    <message>
        <source>The benefits of a learning city: outcomes that objectives aim at</source>
        <translation type="unfinished">学习型城市的益处：目标所指向的成果</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">现状盘点：%1</translation>
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
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">行动</translation>
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
        <translation type="unfinished">删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">关闭(&amp;C)</translation>
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
        </translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>Manage closely</source>
        <translation type="unfinished">重点管理</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation type="unfinished">保持满意</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation type="unfinished">及时告知</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished">持续关注</translation>
    </message>
    <message>
        <source>Influence and interest grid</source>
        <translation type="unfinished">影响力–关注度方格</translation>
    </message>
    <message>
        <source>Drag an organisation to place it. Keyboard: Up/Down choose, Alt+arrow keys move it by one step.</source>
        <translation type="unfinished">拖动机构即可放置。键盘：上/下箭头选择，Alt+方向键每次移动一格。</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform>还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Interest: low to high (1–5) →</source>
        <comment>axis under the grid; the arrow points the way interest grows (right to left in a right-to-left language)</comment>
        <translation type="unfinished">关注度：由低到高（1–5）→</translation>
    </message>
    <message>
        <source>Influence: low to high (1–5) →</source>
        <comment>axis beside the grid, written upwards; the arrow points up</comment>
        <translation type="unfinished">影响力：由低到高（1–5）→</translation>
    </message>
    <message>
        <source>%1: influence %2, interest %3</source>
        <translation type="unfinished">%1：影响力 %2，关注度 %3</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <source>Present at %1 (Space ticks)</source>
        <translation type="unfinished">出席 %1（按空格键勾选）</translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished">出席</translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished">缺席</translation>
    </message>
    <message>
        <source>The register&apos;s sector; choose it on the Organisations page.</source>
        <translation type="unfinished">机构登记中的部门；请在“机构”页面中选择。</translation>
    </message>
</context>
<context>
    <name>StakeholderTable</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">联系人</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">部门</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished">影响力</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">关注度</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>&lt;h2&gt;Stakeholders&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;利益相关方&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished">利益相关方</translation>
    </message>
    <message>
        <source>New stakeholder: type an organisation and press Enter</source>
        <translation type="unfinished">新利益相关方：输入机构名称后按 Enter</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation type="unfinished">新利益相关方</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell, Space ticks a workshop, Delete removes; Alt+arrow keys move the selected one on the grid.</source>
        <translation type="unfinished">按 F2 或直接输入可编辑单元格，空格键勾选研讨会，Delete 删除；Alt+方向键在方格中移动所选项。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshops&lt;/b&gt; (a tick column each; Delete removes one)</source>
        <translation type="unfinished">&lt;b&gt;研讨会&lt;/b&gt;（每个研讨会一列勾选框；按 Delete 删除）</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished">研讨会</translation>
    </message>
    <message>
        <source>New workshop: its name, then Enter</source>
        <translation type="unfinished">新研讨会：输入名称后按 Enter</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished">新研讨会</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation type="unfinished">研讨会日期</translation>
    </message>
    <message>
        <source>Add &amp;workshop</source>
        <translation type="unfinished">添加研讨会(&amp;W)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1（%2）</translation>
    </message>
    <message>
        <source>A stakeholder is an organisation: type its name.</source>
        <translation type="unfinished">利益相关方是一个机构：请输入其名称。</translation>
    </message>
    <message>
        <source>Change the stakeholder&apos;s organisation</source>
        <translation type="unfinished">更改利益相关方的机构</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation type="unfinished">
            <numerusform>删除 %n 个利益相关方</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stakeholder(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>已删除 %n 个利益相关方。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2, or leave it empty.</source>
        <translation type="unfinished">“%1”不是日期。请按 %2 的格式输入，或留空。</translation>
    </message>
    <message>
        <source>Deleted the workshop and who was present at it. Undo with Ctrl+Z.</source>
        <translation type="unfinished">已删除该研讨会及其出席记录。按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished">未评级</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>&lt;h2&gt;Stock-take&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;现状盘点&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Load &amp;prompts…</source>
        <translation type="unfinished">加载提示(&amp;P)…</translation>
    </message>
    <message>
        <source>Use a city&apos;s own prompts, or the official key features: a CSV or Excel (.xlsx) file with the columns code, area and one text_ column per language (text_en, text_tr, …).</source>
        <translation type="unfinished">使用城市自己的提示或官方主要特征：一个 CSV 或 Excel（.xlsx）文件，包含 code 列、area 列以及每种语言一个 text_ 列（text_en、text_tr、…）。</translation>
    </message>
    <message>
        <source>Prompts and ratings</source>
        <translation type="unfinished">提示与评级</translation>
    </message>
    <message>
        <source>Initiatives that exist</source>
        <translation type="unfinished">现有举措</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation type="unfinished">新举措</translation>
    </message>
    <message>
        <source>&lt;b&gt;Initiatives that already exist&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;已有的举措&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 · %2&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;%1 · %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Start here: rate the areas, and those rated low are listed here.</source>
        <translation type="unfinished">从这里开始：为各领域评级，评级较低的领域会列在这里。</translation>
    </message>
    <message>
        <source>No area is rated below established.</source>
        <translation type="unfinished">没有任何领域的评级低于“已确立”。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>area code (level)</comment>
        <translation type="unfinished">%1（%2）</translation>
    </message>
    <message>
        <source>Start here: %1</source>
        <translation type="unfinished">从这里开始：%1</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation type="unfinished">整个领域</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>New initiative for %1: type its title and press Enter</source>
        <translation type="unfinished">为 %1 新建举措：输入标题后按 Enter</translation>
    </message>
    <message>
        <source>New initiative for the area as a whole: type its title and press Enter</source>
        <translation type="unfinished">为整个领域新建举措：输入标题后按 Enter</translation>
    </message>
    <message>
        <source>Set who runs the initiative</source>
        <translation type="unfinished">设置举措的实施单位</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n initiative(s)</source>
        <translation type="unfinished">
            <numerusform>删除 %n 项举措</numerusform>
        </translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished">加载提示</translation>
    </message>
    <message>
        <source>Prompt catalogues (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished">提示目录 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n prompt(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>已加载 %n 条提示。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StocktakeTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">编号</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">提示</translation>
    </message>
    <message>
        <source>Rating (keys 0–3)</source>
        <translation type="unfinished">评级（按键 0–3）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">依据</translation>
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
        <translation type="unfinished">领域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
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
        <translation type="unfinished">LC Planner 计划 (%1)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished">将副本保存为</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished">%1（副本）</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation type="unfinished">无法保存副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished">已将副本保存为 %1</translation>
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
        <translation type="unfinished">未开始</translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished">进展顺利</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished">延迟</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">已取消</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation type="unfinished">地方政府</translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished">国家政府</translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished">教育</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished">民间社会</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished">私营部门</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">媒体</translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished">国际</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished">社区</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">合作伙伴</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished">资助方</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation type="unfinished">实施方</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished">顾问</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation type="unfinished">市级</translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished">国家级</translation>
    </message>
    <message>
        <source>EU / international</source>
        <translation type="unfinished">欧盟 / 国际</translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished">私营</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished">实物</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">其他</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished">比率</translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished">计数</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">预算</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished">是 / 否</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation type="unfinished">定性</translation>
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
        <translation type="unfinished">未具备</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation type="unfinished">起步</translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished">已确立</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished">领先</translation>
    </message>
    <message>
        <source>Quick win</source>
        <extracomment>The quadrants of the impact-effort board (IdeaRow.quadrant).</extracomment>
        <translation type="unfinished">快速见效</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation type="unfinished">重大项目</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation type="unfinished">零星任务</translation>
    </message>
    <message>
        <source>Thankless task</source>
        <translation type="unfinished">费力不讨好</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;学习型城市规划工具&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Build your learning city&apos;s action plan, building block by building block. Every change is saved at once.</source>
        <translation type="unfinished">逐个支柱地构建您所在学习型城市的行动计划。每项更改都会立即保存。</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished">新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished">打开计划(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation type="unfinished">打开演示计划(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation type="unfinished">最近的计划(&amp;R)：</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished">最近的计划</translation>
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
        <translation type="unfinished">时间到</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">已暂停</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">继续</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">开始</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation type="unfinished">研讨会计时器</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished">剩余时间</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation type="unfinished">−1 分钟</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation type="unfinished">减少一分钟</translation>
    </message>
    <message>
        <source>One minute less (- or Down)</source>
        <translation type="unfinished">减少一分钟（- 或下箭头）</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished">+1 分钟</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation type="unfinished">增加一分钟</translation>
    </message>
    <message>
        <source>One minute more (+ or Up)</source>
        <translation type="unfinished">增加一分钟（+ 或上箭头）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">重置</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation type="unfinished">重置计时器</translation>
    </message>
    <message>
        <source>Back to the round&apos;s length (R or Backspace)</source>
        <translation type="unfinished">恢复为本轮设定时长（R 或 Backspace）</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation type="unfinished">开始或暂停</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation type="unfinished">开始或暂停（空格键）</translation>
    </message>
    <message>
        <source>Round (minutes):</source>
        <translation type="unfinished">每轮时长（分钟）：</translation>
    </message>
    <message>
        <source>Round length in minutes</source>
        <translation type="unfinished">每轮时长（分钟）</translation>
    </message>
</context>
<context>
    <name>_TableBox</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">移除</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>Workplan exported</source>
        <translation type="unfinished">工作计划已导出</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">导出失败</translation>
    </message>
</context>
</TS>
