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
        <translation>자살과 자해</translation>
    </message>
    <message>
        <source>death and execution</source>
        <translation>죽음과 처형</translation>
    </message>
    <message>
        <source>Rape, sexual assault, forced prostitution, sexual exploitation</source>
        <translation>강간, 성폭행, 성매매 강요, 성 착취</translation>
    </message>
    <message>
        <source>Abuse, sexual exploitation or trafficking of anyone under 18</source>
        <translation>18세 미만에 대한 학대, 성 착취 또는 인신매매</translation>
    </message>
    <message>
        <source>Torture and cruel treatment, in detention or by traffickers</source>
        <translation>구금 중이나 인신매매범에 의한 고문과 잔혹한 대우</translation>
    </message>
    <message>
        <source>Suicide, attempts, self-harm and thoughts of them</source>
        <translation>자살, 자살 시도, 자해, 그리고 그에 대한 생각</translation>
    </message>
    <message>
        <source>Killings, executions, deaths in detention or in flight</source>
        <translation>살해, 처형, 구금 중이나 탈출 중의 죽음</translation>
    </message>
</context>
<context>
    <name>Pacing</name>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}시간 {m}분</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m}분</translation>
    </message>
    <message numerus="yes">
        <source>Your last session: {length}, %n passage coded.</source>
        <translation>
            <numerusform>지난 세션: {length}, 구절 %n개 코딩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This session: {length}, %n passage coded.</source>
        <translation>
            <numerusform>이번 세션: {length}, 구절 %n개 코딩.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last session: {length}, %n passages coded.</source>
        <translation>지난 세션: {length}, 구절 %n개 코딩.</translation>
    </message>
    <message>
        <source>This session: {length}, %n passages coded.</source>
        <translation>이번 세션: {length}, 구절 %n개 코딩.</translation>
    </message>
    <message numerus="yes">
        <source>You have been coding for %n minute. A short break helps.</source>
        <translation>
            <numerusform>%n분 동안 계속 코딩했습니다. 잠깐 쉬면 도움이 됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been coding for %n minutes. A short break helps.</source>
        <translation>%n분 동안 계속 코딩했습니다. 잠깐 쉬면 도움이 됩니다.</translation>
    </message>
    <message>
        <source>Open a project first: breaks are set per coder.</source>
        <translation>먼저 프로젝트를 여세요. 휴식 설정은 코더마다 따로 합니다.</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>휴식 알림</translation>
    </message>
    <message>
        <source>Remind me in 10 minutes</source>
        <translation>10분 뒤에 다시 알림</translation>
    </message>
    <message>
        <source>Hide the reminder for ten minutes of coding</source>
        <translation>코딩 10분 동안 알림 숨기기</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>이 알림 숨기기</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>세션 요약</translation>
    </message>
    <message>
        <source>Breaks and session summary</source>
        <translation>휴식과 세션 요약</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Break reminder after minutes of continuous coding</source>
        <translation>연속 코딩 몇 분 뒤 휴식 알림</translation>
    </message>
    <message>
        <source>0 turns the reminder off</source>
        <translation>0이면 알림을 끕니다</translation>
    </message>
    <message>
        <source>Show how long and how many passages when I close a project</source>
        <translation>프로젝트를 닫을 때 작업 시간과 코딩한 구절 수 보여 주기</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>세션 요약</translation>
    </message>
    <message>
        <source>Remind me to take a &amp;break after:</source>
        <translation>다음 시간 뒤 휴식 알림(&amp;B):</translation>
    </message>
    <message>
        <source>For {coder}, on this computer only. Continuous coding is counted until a pause of more than 5 minutes. Nothing of this is written to the project or its audit trail.</source>
        <translation>{coder} 코더에게만, 이 컴퓨터에서만 적용됩니다. 연속 코딩 시간은 5분이 넘는 쉼이 있을 때까지 셉니다. 이 설정과 기록은 프로젝트나 감사 기록에 전혀 남지 않습니다.</translation>
    </message>
</context>
</TS>
