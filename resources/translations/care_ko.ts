<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ContentWarnings</name>
    <message>
        <source>sexual violence</source>
        <translation>성폭력</translation>
    </message>
    <message>
        <source>violence against children</source>
        <translation>아동 대상 폭력</translation>
    </message>
    <message>
        <source>torture</source>
        <translation>고문</translation>
    </message>
    <message>
        <source>suicide and self-harm</source>
        <translation>자살 및 자해</translation>
    </message>
    <message>
        <source>death and execution</source>
        <translation>죽음 및 처형</translation>
    </message>
</context>
<context>
    <name>Veil</name>
    <message>
        <source>Veiled — {codes}</source>
        <translation>가려짐 — {codes}</translation>
    </message>
    <message>
        <source>Veiled passage: {warnings}</source>
        <translation>가려진 구절: {warnings}</translation>
    </message>
    <message>
        <source>Click, or press Space or Enter, to reveal it; View → Reveal veiled passages shows all.</source>
        <translation>클릭하거나 Space 또는 Enter를 누르면 보입니다. 보기 → 가려진 구절 모두 보기로 전부 볼 수 있습니다.</translation>
    </message>
</context>
</TS>
