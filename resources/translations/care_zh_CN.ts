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
</context>
<context>
    <name>Veil</name>
    <message>
        <source>Veiled — {codes}</source>
        <translation>已遮盖 — {codes}</translation>
    </message>
    <message>
        <source>Veiled passage: {warnings}</source>
        <translation>已遮盖的片段：{warnings}</translation>
    </message>
    <message>
        <source>Click, or press Space or Enter, to reveal it; View → Reveal veiled passages shows all.</source>
        <translation>单击或按 Space 或 Enter 即可显示；视图 → 显示已遮盖的片段可全部显示。</translation>
    </message>
</context>
</TS>
