<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ContentWarnings</name>
    <message>
        <source>sexual violence</source>
        <translation>性暴力</translation>
    </message>
    <message>
        <source>violence against children</source>
        <translation>针对儿童的暴力</translation>
    </message>
    <message>
        <source>torture</source>
        <translation>酷刑</translation>
    </message>
    <message>
        <source>suicide and self-harm</source>
        <translation>自杀与自残</translation>
    </message>
    <message>
        <source>death and execution</source>
        <translation>死亡与处决</translation>
    </message>
    <message>
        <source>Rape, sexual assault, forced prostitution, sexual exploitation</source>
        <translation>强奸、性侵犯、强迫卖淫、性剥削</translation>
    </message>
    <message>
        <source>Abuse, sexual exploitation or trafficking of anyone under 18</source>
        <translation>对未满18岁者的虐待、性剥削或人口贩运</translation>
    </message>
    <message>
        <source>Torture and cruel treatment, in detention or by traffickers</source>
        <translation>拘留中或人贩子施加的酷刑与残忍对待</translation>
    </message>
    <message>
        <source>Suicide, attempts, self-harm and thoughts of them</source>
        <translation>自杀、自杀未遂、自残及相关念头</translation>
    </message>
    <message>
        <source>Killings, executions, deaths in detention or in flight</source>
        <translation>杀害、处决、拘留中或逃亡途中的死亡</translation>
    </message>
</context>
<context>
    <name>Pacing</name>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message numerus="yes">
        <source>Your last session: {length}, %n passage coded.</source>
        <translation>
            <numerusform>上次工作时段：{length}，编码了 %n 个片段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This session: {length}, %n passage coded.</source>
        <translation>
            <numerusform>本次工作时段：{length}，编码了 %n 个片段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last session: {length}, %n passages coded.</source>
        <translation>上次工作时段：{length}，编码了 %n 个片段。</translation>
    </message>
    <message>
        <source>This session: {length}, %n passages coded.</source>
        <translation>本次工作时段：{length}，编码了 %n 个片段。</translation>
    </message>
    <message numerus="yes">
        <source>You have been coding for %n minute. A short break helps.</source>
        <translation>
            <numerusform>您已连续编码 %n 分钟。稍作休息会有帮助。</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been coding for %n minutes. A short break helps.</source>
        <translation>您已连续编码 %n 分钟。稍作休息会有帮助。</translation>
    </message>
    <message>
        <source>Open a project first: breaks are set per coder.</source>
        <translation>请先打开项目：休息设置按编码员分别保存。</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>休息提醒</translation>
    </message>
    <message>
        <source>Remind me in 10 minutes</source>
        <translation>10 分钟后再提醒</translation>
    </message>
    <message>
        <source>Hide the reminder for ten minutes of coding</source>
        <translation>在接下来 10 分钟的编码中隐藏提醒</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>隐藏此提示</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>工作时段小结</translation>
    </message>
    <message>
        <source>Breaks and session summary</source>
        <translation>休息与工作时段小结</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Break reminder after minutes of continuous coding</source>
        <translation>连续编码多少分钟后提醒休息</translation>
    </message>
    <message>
        <source>0 turns the reminder off</source>
        <translation>0 表示关闭提醒</translation>
    </message>
    <message>
        <source>Show how long and how many passages when I close a project</source>
        <translation>关闭项目时显示工作时长和编码的片段数</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>工作时段小结</translation>
    </message>
    <message>
        <source>Remind me to take a &amp;break after:</source>
        <translation>在此时间后提醒休息(&amp;B)：</translation>
    </message>
    <message>
        <source>For {coder}, on this computer only. Continuous coding is counted until a pause of more than 5 minutes. Nothing of this is written to the project or its audit trail.</source>
        <translation>仅适用于 {coder}，且仅保存在这台电脑上。连续编码时间一直累计，直到停顿超过 5 分钟。这些内容都不会写入项目或其审计记录。</translation>
    </message>
</context>
</TS>
