<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Actions</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Coded data as CSV, Excel, JSON, HTML, a matrix, a case table or REFI-QDA</source>
        <translation>코딩된 데이터를 CSV, Excel, JSON, HTML, 행렬, 사례 표 또는 REFI-QDA로</translation>
    </message>
    <message>
        <source>&amp;Merge projects…</source>
        <translation>프로젝트 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring coders&apos; copies back into this project</source>
        <translation>코더들의 사본을 이 프로젝트로 다시 가져옵니다</translation>
    </message>
    <message>
        <source>Make coder &amp;package…</source>
        <translation>코더 패키지 만들기(&amp;P)…</translation>
    </message>
    <message>
        <source>A copy for one coder: documents and codebook, nobody else&apos;s codings</source>
        <translation>코더 한 명을 위한 사본: 문서와 코드북만, 다른 사람의 코딩은 없음</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>코더 간 일치도(&amp;A)…</translation>
    </message>
    <message>
        <source>Inter-coder agreement per code and document: kappa, alpha, segments</source>
        <translation>코드별·문서별 코더 간 일치도: 카파, 알파, 구절</translation>
    </message>
    <message>
        <source>&amp;Disagreements…</source>
        <translation>불일치(&amp;D)…</translation>
    </message>
    <message>
        <source>Walk through the passages where two coders differ; accept a version into the consensus</source>
        <translation>두 코더가 다르게 코딩한 구절을 차례로 보고, 한 버전을 합의에 반영합니다</translation>
    </message>
    <message>
        <source>&amp;Facts…</source>
        <translation>사실(&amp;F)…</translation>
    </message>
    <message>
        <source>Prices, ages, dates and places on coded passages: count, minimum, median, maximum, with quotes</source>
        <translation>코딩된 구절의 가격, 나이, 날짜, 장소: 개수, 최솟값, 중앙값, 최댓값과 인용문</translation>
    </message>
    <message>
        <source>&amp;Retrieval and reports…</source>
        <translation>검색 및 보고서(&amp;R)…</translation>
    </message>
    <message>
        <source>Segments by code, coder, document and attributes; frequencies; co-occurrence; charts</source>
        <translation>코드, 코더, 문서, 속성별 구절; 빈도; 동시 출현; 차트</translation>
    </message>
    <message>
        <source>&amp;Exposure to content warnings…</source>
        <translation>내용 경고 노출(&amp;E)…</translation>
    </message>
    <message>
        <source>Which coders read which content warnings: from their packages, opened documents, their codings</source>
        <translation>어느 코더가 어떤 내용 경고를 읽었는지: 코더 패키지, 연 문서, 코딩에서</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>
&lt;p&gt;&lt;b&gt;Agreement %&lt;/b&gt; — the share of characters on which the coders agree: both applied the
code, or neither did. NVivo&apos;s Coding Comparison reports it as &quot;Agreement (%)&quot;. Long uncoded
stretches push it towards 100%, so read it with κ or α.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Cohen&apos;s κ&lt;/b&gt; (two coders) and &lt;b&gt;Fleiss&apos; κ&lt;/b&gt; (three or more) — agreement on the same
characters corrected for what chance alone would give. NVivo&apos;s &quot;Kappa&quot; uses the same formula;
NVivo averages per document weighted by length, while this pools the characters of all chosen
documents.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Krippendorff&apos;s α&lt;/b&gt; (nominal) — the same character units, with Krippendorff&apos;s
correction; it equals what the &lt;i&gt;krippendorff&lt;/i&gt; package computes.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Unitized α&lt;/b&gt; — Krippendorff&apos;s |uα for continuous text: a coded segment counts as one
judgement. ATLAS.ti&apos;s α-binary for a one-code domain.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Segments&lt;/b&gt; — the share of each coder&apos;s segments that the other coder matches with the
same code, overlapping by at least the threshold (intersection over union). MAXQDA&apos;s
&quot;segments overlap by at least x %&quot;.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Overall&lt;/b&gt; — every (character, code) pair of the codes some coder applied, pooled into
one table: a summary of this program, not a published coefficient. A code nobody applied is
left out of it, so listing such a code never changes it.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;n/a&lt;/b&gt; — the statistic is undefined here: nobody applied the code in these documents
(even Agreement %, which would only count untouched characters), or every coder coded every
character (κ and α). The reason is in the tooltip and under Notes. It is never shown as 1.0.&lt;/p&gt;
&lt;p&gt;Krippendorff&apos;s guide for κ and α: 0.80 or more is reliable, 0.667–0.80 allows tentative
conclusions, below that the code needs work. Cells are tinted accordingly.&lt;/p&gt;
</source>
        <translation>
&lt;p&gt;&lt;b&gt;일치율(%)&lt;/b&gt; — 코더들이 일치한 글자의 비율: 둘 다 코드를 적용했거나 둘 다 적용하지 않은 경우입니다.
NVivo의 코딩 비교(Coding Comparison)는 이를 &quot;Agreement (%)&quot;로 보고합니다. 코딩되지 않은 긴 구간이 있으면
100%에 가까워지므로 카파나 알파와 함께 읽으세요.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;코헨 카파&lt;/b&gt;(코더 두 명)와 &lt;b&gt;플라이스 카파&lt;/b&gt;(세 명 이상) — 같은 글자에 대한 일치도를 우연에 의한
일치만큼 보정한 값입니다. NVivo의 &quot;Kappa&quot;도 같은 공식을 쓰지만 NVivo는 문서별 값을 길이로 가중 평균하고,
여기서는 선택한 모든 문서의 글자를 합산합니다.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;크리펜도르프 알파&lt;/b&gt;(명목) — 같은 글자 단위에 크리펜도르프의 보정을 적용한 값으로, &lt;i&gt;krippendorff&lt;/i&gt;
패키지가 계산하는 값과 같습니다.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;단위화 알파&lt;/b&gt; — 연속 텍스트를 위한 크리펜도르프의 |uα: 코딩된 구절 하나를 판단 하나로 셉니다.
코드 하나로 된 영역에 대한 ATLAS.ti의 α-binary에 해당합니다.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;구절 일치율&lt;/b&gt; — 각 코더의 구절 중 다른 코더가 같은 코드로, 기준값 이상 겹치게(교집합/합집합) 코딩한
구절의 비율입니다. MAXQDA의 &quot;구절이 최소 x % 겹침&quot;에 해당합니다.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;전체&lt;/b&gt; — 어느 코더든 적용한 코드의 모든 (글자, 코드) 쌍을 하나의 표로 합산한 값입니다. 이 프로그램의
요약값이며 공인된 계수가 아닙니다. 아무도 적용하지 않은 코드는 빠지므로, 그런 코드를 목록에 넣어도 값은
바뀌지 않습니다.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;해당 없음&lt;/b&gt; — 여기서는 통계량이 정의되지 않습니다: 이 문서들에서 아무도 코드를 적용하지 않았거나
(일치율(%)도 마찬가지로, 건드리지 않은 글자만 세게 됩니다), 모든 코더가 모든 글자를 코딩했습니다(카파와 알파).
이유는 도구 설명과 참고 사항에 있습니다. 1.0으로 표시하지 않습니다.&lt;/p&gt;
&lt;p&gt;카파와 알파에 대한 크리펜도르프의 기준: 0.80 이상은 신뢰할 수 있고, 0.667–0.80은 잠정적인 결론을
허용하며, 그보다 낮으면 코드를 보완해야 합니다. 셀은 이에 따라 색이 칠해집니다.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>코더 간 일치도</translation>
    </message>
    <message>
        <source>Filter coders…</source>
        <translation>코더 필터…</translation>
    </message>
    <message>
        <source>All codes the coders used</source>
        <translation>코더들이 사용한 모든 코드</translation>
    </message>
    <message>
        <source>Only the checked codes</source>
        <translation>선택한 코드만</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>코드 필터…</translation>
    </message>
    <message>
        <source>A code includes its sub-codes</source>
        <translation>코드에 하위 코드 포함</translation>
    </message>
    <message>
        <source>Documents coded by any chosen coder</source>
        <translation>선택한 코더 중 누구라도 코딩한 문서</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>문서 필터…</translation>
    </message>
    <message>
        <source>Segment agreement: overlap (intersection over union) needed for a match</source>
        <translation>구절 일치: 일치로 보기 위해 필요한 겹침 비율(교집합/합집합)</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>계산(&amp;C)</translation>
    </message>
    <message>
        <source>Coders (two or more)</source>
        <translation>코더 (두 명 이상)</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Segment &amp;overlap:</source>
        <translation>구절 겹침(&amp;O):</translation>
    </message>
    <message>
        <source>Choose two or more coders and press Compute.</source>
        <translation>코더를 두 명 이상 선택하고 계산을 누르세요.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>코드별</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>문서별</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고 사항</translation>
    </message>
    <message>
        <source>About the measures</source>
        <translation>지표 설명</translation>
    </message>
    <message>
        <source>Export to XLSX…</source>
        <translation>XLSX로 내보내기…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Hover a value for its meaning; n/a says why in its tooltip.</source>
        <translation>값 위에 마우스를 올리면 뜻이 표시되고, &quot;해당 없음&quot;은 도구 설명에 이유가 나옵니다.</translation>
    </message>
    <message>
        <source>Check two or more coders to compare.</source>
        <translation>비교할 코더를 두 명 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Check at least one code, or choose all codes.</source>
        <translation>코드를 하나 이상 선택하거나 모든 코드를 고르세요.</translation>
    </message>
    <message>
        <source>Check at least one document, or use the documents the coders coded.</source>
        <translation>문서를 하나 이상 선택하거나 코더들이 코딩한 문서를 사용하세요.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>코더 간 일치도</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>비교하는 중…</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ {value}</source>
        <translation>플라이스 카파 {value}</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ {value}</source>
        <translation>코헨 카파 {value}</translation>
    </message>
    <message>
        <source>α {value}</source>
        <translation>크리펜도르프 알파 {value}</translation>
    </message>
    <message>
        <source>agreement {value}</source>
        <translation>일치율 {value}</translation>
    </message>
    <message>
        <source>segments {value}</source>
        <translation>구절 일치율 {value}</translation>
    </message>
    <message>
        <source>{coders} — {documents} documents, {characters} characters, {codes} codes, segment overlap {threshold}, sub-codes included.</source>
        <translation>{coders} — 문서 {documents}개, {characters}자, 코드 {codes}개, 구절 겹침 {threshold}, 하위 코드 포함.</translation>
    </message>
    <message>
        <source>{coders} — {documents} documents, {characters} characters, {codes} codes, segment overlap {threshold}.</source>
        <translation>{coders} — 문서 {documents}개, {characters}자, 코드 {codes}개, 구절 겹침 {threshold}.</translation>
    </message>
    <message>
        <source>Overall: {figures}.</source>
        <translation>전체: {figures}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No notes: every statistic is defined.</source>
        <translation>참고 사항 없음: 모든 통계량이 정의됩니다.</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>참고 사항 ({n})</translation>
    </message>
    <message>
        <source>Export agreement and codings</source>
        <translation>코더 간 일치도와 코딩 내보내기</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;All files (*)</source>
        <translation>Excel (*.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation>코더 간 일치도 내보내기</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>내보내기 완료</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} codings and the agreement sheet).</source>
        <translation>{path}에 저장했습니다 (코딩 {n}개와 일치도 시트).</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>일치율(%)</translation>
    </message>
    <message>
        <source>Characters on which the coders agree (coded by both, or by neither)</source>
        <translation>코더들이 일치한 글자 (둘 다 코딩했거나 둘 다 코딩하지 않음)</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>코헨 카파</translation>
    </message>
    <message>
        <source>Percent agreement corrected for chance, on characters</source>
        <translation>우연에 의한 일치를 보정한 글자 단위 일치율</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>크리펜도르프 알파</translation>
    </message>
    <message>
        <source>Nominal alpha on the same character units</source>
        <translation>같은 글자 단위에 대한 명목 알파</translation>
    </message>
    <message>
        <source>Unitized α</source>
        <translation>단위화 알파</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s |uα: a coded segment counts as one judgement</source>
        <translation>크리펜도르프의 |uα: 코딩된 구절 하나를 판단 하나로 셉니다</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>구절 일치율</translation>
    </message>
    <message>
        <source>Share of segments the other coder matches with enough overlap</source>
        <translation>다른 코더가 충분히 겹치게 코딩한 구절의 비율</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>플라이스 카파</translation>
    </message>
    <message>
        <source>Agreement of three or more coders corrected for chance</source>
        <translation>우연에 의한 일치를 보정한 세 명 이상 코더의 일치도</translation>
    </message>
    <message>
        <source>no variation over the pooled codes</source>
        <translation>합산한 코드들에 변이가 없음</translation>
    </message>
    <message>
        <source>Overall (all codes pooled)</source>
        <translation>전체 (모든 코드 합산)</translation>
    </message>
    <message>
        <source>Every (character, code) pair of the codes some coder applied, as one unit: a pooled character-level figure, not a published coefficient</source>
        <translation>어느 코더든 적용한 코드의 모든 (글자, 코드) 쌍을 하나의 단위로 본 값: 합산한 글자 단위 수치이며, 공인된 계수가 아닙니다</translation>
    </message>
    <message>
        <source>no coder applied the compared codes in this document (nothing to agree on), or every coder coded all of it (no variation)</source>
        <translation>이 문서에서 비교한 코드를 아무 코더도 적용하지 않았거나 (일치할 대상이 없음), 모든 코더가 문서 전체를 코딩했습니다 (변이 없음)</translation>
    </message>
    <message>
        <source>{document}: {n} characters</source>
        <translation>{document}: {n}자</translation>
    </message>
    <message>
        <source>Overall (all documents)</source>
        <translation>전체 (모든 문서)</translation>
    </message>
    <message>
        <source>The whole sub-corpus</source>
        <translation>하위 말뭉치 전체</translation>
    </message>
    <message>
        <source>Segments ({coders})</source>
        <translation>구절 수 ({coders})</translation>
    </message>
    <message>
        <source>Segments per coder</source>
        <translation>코더별 구절 수</translation>
    </message>
    <message>
        <source>Each coder&apos;s number of segments ({coders})</source>
        <translation>코더별 구절 수 ({coders})</translation>
    </message>
    <message>
        <source>there is nothing to compare</source>
        <translation>비교할 것이 없습니다</translation>
    </message>
    <message>
        <source>Undefined: {reason}</source>
        <translation>정의되지 않음: {reason}</translation>
    </message>
</context>
<context>
    <name>BoxPlot</name>
    <message>
        <source>Choose “Group by” to compare groups.</source>
        <translation>그룹을 비교하려면 &quot;그룹 기준&quot;을 고르세요.</translation>
    </message>
    <message>
        <source>{group}: %n value; min {min}, median {median}, max {max}</source>
        <translation>{group}: 값 %n개, 최소 {min}, 중앙값 {median}, 최대 {max}</translation>
    </message>
    <message>
        <source>{group}: %n values; min {min}, median {median}, max {max}</source>
        <translation>{group}: 값 %n개, 최소 {min}, 중앙값 {median}, 최대 {max}</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Nothing to show for these filters.</source>
        <translation>이 필터로는 표시할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>SVG export needs QtSvg, which this installation lacks; save as PNG</source>
        <translation>SVG로 내보내려면 QtSvg가 필요한데 이 설치본에는 없습니다. PNG로 저장하세요</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>cannot draw the chart as PNG</source>
        <translation>차트를 PNG로 그릴 수 없습니다</translation>
    </message>
    <message>
        <source>the chart came out empty</source>
        <translation>차트가 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>CheckTree</name>
    <message>
        <source>Filter…</source>
        <translation>필터…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>None</source>
        <translation>모두 해제</translation>
    </message>
    <message>
        <source>Check every item the filter shows</source>
        <translation>필터에 보이는 항목을 모두 선택합니다</translation>
    </message>
    <message>
        <source>Uncheck every item the filter shows</source>
        <translation>필터에 보이는 항목을 모두 해제합니다</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Coder {letter}</source>
        <translation>코더 {letter}</translation>
    </message>
    <message>
        <source>Accept {letter}&apos;s version</source>
        <translation>{letter}의 버전 채택</translation>
    </message>
    <message>
        <source>Neither  (N)</source>
        <translation>둘 다 아님  (N)</translation>
    </message>
    <message>
        <source>The consensus layer gets neither version: the code leaves the passage</source>
        <translation>합의 계층에 어느 버전도 반영하지 않습니다: 구절에서 코드가 빠집니다</translation>
    </message>
    <message>
        <source>Skip  (S)</source>
        <translation>건너뛰기  (S)</translation>
    </message>
    <message>
        <source>Leave this one undecided and go to the next</source>
        <translation>이 항목은 미결정으로 두고 다음으로 이동합니다</translation>
    </message>
    <message>
        <source>{coder}&apos;s version</source>
        <translation>{coder}의 버전</translation>
    </message>
    <message>
        <source>Accept {coder}&apos;s version  ({key})</source>
        <translation>{coder}의 버전 채택  ({key})</translation>
    </message>
    <message>
        <source>Select a passage to see both versions.</source>
        <translation>구절을 선택하면 두 버전이 표시됩니다.</translation>
    </message>
    <message>
        <source>{code} in {document}: {coders} coded 1 character {others} did not: {quote}</source>
        <translation>{document}의 {code}: {coders}은(는) 코딩했지만 {others}은(는) 코딩하지 않은 1자: {quote}</translation>
    </message>
    <message>
        <source>{code} in {document}: {coders} coded {n} characters {others} did not: {quote}</source>
        <translation>{document}의 {code}: {coders}은(는) 코딩했지만 {others}은(는) 코딩하지 않은 {n}자: {quote}</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>이 조건 삭제</translation>
    </message>
</context>
<context>
    <name>ConditionsEditor</name>
    <message>
        <source>Add condition</source>
        <translation>조건 추가</translation>
    </message>
    <message>
        <source>The project has no document attributes (Edit → Document attributes…)</source>
        <translation>프로젝트에 문서 속성이 없습니다 (편집 → 문서 속성…)</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Differing text</source>
        <translation>차이 나는 텍스트</translation>
    </message>
    <message>
        <source>Coded by</source>
        <translation>코딩함</translation>
    </message>
    <message>
        <source>Not coded by</source>
        <translation>코딩 안 함</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>합의</translation>
    </message>
    <message>
        <source>boundary only (agreement)</source>
        <translation>경계 차이만 있음 (일치)</translation>
    </message>
    <message>
        <source>coded</source>
        <translation>코딩됨</translation>
    </message>
    <message>
        <source>partly coded</source>
        <translation>일부 코딩됨</translation>
    </message>
    <message>
        <source>not coded</source>
        <translation>코딩 안 됨</translation>
    </message>
    <message>
        <source>(%n character)</source>
        <translation>(%n자)</translation>
    </message>
    <message>
        <source>(%n characters)</source>
        <translation>(%n자)</translation>
    </message>
</context>
<context>
    <name>DisagreementsDialog</name>
    <message>
        <source>Disagreements</source>
        <translation>불일치</translation>
    </message>
    <message>
        <source>&amp;Find disagreements</source>
        <translation>불일치 찾기(&amp;F)</translation>
    </message>
    <message>
        <source> characters</source>
        <translation>자</translation>
    </message>
    <message>
        <source>A difference at the edge of a passage both coders coded, shorter than this, counts as agreement for the review (0: none)</source>
        <translation>두 코더가 모두 코딩한 구절의 가장자리 차이가 이보다 짧으면 검토에서 일치로 봅니다 (0: 없음)</translation>
    </message>
    <message>
        <source>Show boundary-&amp;only</source>
        <translation>경계 차이만 있는 항목 표시(&amp;O)</translation>
    </message>
    <message>
        <source>Colour the text by coder</source>
        <translation>코더별로 텍스트 색칠</translation>
    </message>
    <message>
        <source>Coder &amp;A:</source>
        <translation>코더 &amp;A:</translation>
    </message>
    <message>
        <source>Coder &amp;B:</source>
        <translation>코더 &amp;B:</translation>
    </message>
    <message>
        <source>Boundary differences under:</source>
        <translation>경계 차이 허용 범위:</translation>
    </message>
    <message>
        <source>1 or A takes A&apos;s version, 2 or B takes B&apos;s, N neither, S skips; each decision goes to the coder “consensus”, moves to the next one and is one step: Ctrl+Z undoes it.</source>
        <translation>1 또는 A는 A의 버전, 2 또는 B는 B의 버전을 채택하고, N은 둘 다 아님, S는 건너뛰기입니다. 각 결정은 &quot;consensus&quot; 코더에 기록되고 다음 항목으로 넘어가며, 한 단계이므로 Ctrl+Z로 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Veiled passages stay veiled: Space or a click reveals the current one.</source>
        <translation>가려진 구절은 가려진 채로 둡니다. Space를 누르거나 클릭하면 현재 구절이 보입니다.</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Passages where both coders applied the code but gave different values</source>
        <translation>두 코더 모두 코드를 적용했지만 값을 다르게 준 구절</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>서로 다른 코더 두 명을 고르세요.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>비교하는 중…</translation>
    </message>
    <message>
        <source>No disagreements.</source>
        <translation>불일치가 없습니다.</translation>
    </message>
    <message>
        <source>{left} of {total} left where {a} and {b} differ</source>
        <translation>{a}와(과) {b}의 불일치 {total}개 중 {left}개 남음</translation>
    </message>
    <message>
        <source>All {total} decided where {a} and {b} differ</source>
        <translation>{a}와(과) {b}의 불일치 {total}개 모두 결정됨</translation>
    </message>
    <message>
        <source>{n} boundary-only (agreement)</source>
        <translation>경계 차이만 있음 {n}개 (일치)</translation>
    </message>
    <message>
        <source>Codes ({n} left)</source>
        <translation>코드 ({n}개 남음)</translation>
    </message>
    <message>
        <source>Codes ({n})</source>
        <translation>코드 ({n})</translation>
    </message>
    <message>
        <source>Comparing values…</source>
        <translation>값을 비교하는 중…</translation>
    </message>
    <message>
        <source>Value disagreements</source>
        <translation>값 불일치</translation>
    </message>
    <message>
        <source>Values ({n})</source>
        <translation>값 ({n})</translation>
    </message>
    <message>
        <source>Values could not be compared: {message}</source>
        <translation>값을 비교할 수 없습니다: {message}</translation>
    </message>
    <message>
        <source>No undecided disagreement is left in this list.</source>
        <translation>이 목록에 미결정 불일치가 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>This list belongs to a project that is no longer open for writing.</source>
        <translation>이 목록은 더 이상 쓰기용으로 열려 있지 않은 프로젝트의 것입니다.</translation>
    </message>
    <message>
        <source>{coder}&apos;s version</source>
        <translation>{coder}의 버전</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>둘 다 아님</translation>
    </message>
    <message>
        <source>Accepted {coder}&apos;s version into the consensus layer (Ctrl+Z undoes it); {n} left.</source>
        <translation>{coder}의 버전을 합의 계층에 반영했습니다 (Ctrl+Z로 실행 취소). {n}개 남음.</translation>
    </message>
    <message>
        <source>Accepted {coder}&apos;s version into the consensus layer (Ctrl+Z undoes it); none left in this list.</source>
        <translation>{coder}의 버전을 합의 계층에 반영했습니다 (Ctrl+Z로 실행 취소). 이 목록에 남은 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Accepted neither version into the consensus layer (Ctrl+Z undoes it); {n} left.</source>
        <translation>합의 계층에 어느 버전도 반영하지 않았습니다 (Ctrl+Z로 실행 취소). {n}개 남음.</translation>
    </message>
    <message>
        <source>Accepted neither version into the consensus layer (Ctrl+Z undoes it); none left in this list.</source>
        <translation>합의 계층에 어느 버전도 반영하지 않았습니다 (Ctrl+Z로 실행 취소). 이 목록에 남은 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV — one row per coded passage</source>
        <translation>CSV — 코딩된 구절마다 한 행</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook — codings, codebook, documents, frequencies</source>
        <translation>Excel 통합 문서 — 코딩, 코드북, 문서, 빈도</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Document × code matrix for R, SPSS, Stata</source>
        <translation>R, SPSS, Stata용 문서 × 코드 행렬</translation>
    </message>
    <message>
        <source>Case table (CTDC / HTCDS shape)</source>
        <translation>사례 표 (CTDC / HTCDS 형식)</translation>
    </message>
    <message>
        <source>JSON (documented schema)</source>
        <translation>JSON (문서화된 스키마)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML report (opens offline, prints well)</source>
        <translation>HTML 보고서 (오프라인에서 열리고 인쇄에 적합)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>REFI-QDA project for NVivo, ATLAS.ti, MAXQDA</source>
        <translation>NVivo, ATLAS.ti, MAXQDA용 REFI-QDA 프로젝트</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 프로젝트 (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook only</source>
        <translation>REFI-QDA 코드북만</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA 코드북 (*.qdc)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Veil</source>
        <translation>가리기</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Export coded data</source>
        <translation>코딩된 데이터 내보내기</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Apply the pseudonym list ({n} entries)</source>
        <translation>가명 목록 적용 (항목 {n}개)</translation>
    </message>
    <message>
        <source>Replace names, places and other identifiers in every exported text and name (coders become Coder 1, 2…); the project is unchanged.</source>
        <translation>내보내는 모든 텍스트와 이름에서 이름, 장소 및 기타 식별 정보를 바꿉니다 (코더는 Coder 1, 2…가 됨). 프로젝트는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Apply the pseudonym list (the project has none yet)</source>
        <translation>가명 목록 적용 (프로젝트에 아직 없음)</translation>
    </message>
    <message>
        <source>Drop all text — spans, codes and attributes only</source>
        <translation>모든 텍스트 제외 — 범위, 코드, 속성만</translation>
    </message>
    <message>
        <source>With &amp;translation: each passage&apos;s aligned passage</source>
        <translation>번역본 포함(&amp;T): 각 구절의 정렬된 구절</translation>
    </message>
    <message>
        <source>CSV, XLSX and JSON: the linked original or translation beside each coded passage</source>
        <translation>CSV, XLSX, JSON: 코딩된 각 구절 옆에 연결된 원문 또는 번역본</translation>
    </message>
    <message>
        <source>Canonical names (English)</source>
        <translation>기준 이름(영어)</translation>
    </message>
    <message>
        <source>Name and define codes by their labels in this language where they have one; GUIDs stay, and a code without a label keeps its canonical name.</source>
        <translation>이 언어의 레이블이 있는 코드는 그 레이블로 이름과 정의를 씁니다. GUID는 그대로이며, 레이블이 없는 코드는 기준 이름을 유지합니다.</translation>
    </message>
    <message>
        <source>Code &amp;names in:</source>
        <translation>코드 이름 언어(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>개인정보 보호:</translation>
    </message>
    <message>
        <source>Filter coders…</source>
        <translation>코더 필터…</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>코드 필터…</translation>
    </message>
    <message>
        <source>Include the sub-codes of checked codes</source>
        <translation>선택한 코드의 하위 코드 포함</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>문서 필터…</translation>
    </message>
    <message>
        <source>Which codings (everything is checked: no filter)</source>
        <translation>내보낼 코딩 (모두 선택: 필터 없음)</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Passages with content warnings</source>
        <translation>내용 경고가 있는 구절</translation>
    </message>
    <message>
        <source>Veil: the passage&apos;s words become “[veiled: warning — code]”, its coding stays. Leave out: the coding is not exported and its words are veiled in the texts.</source>
        <translation>가리기: 구절의 글이 “[veiled: 경고 — 코드]”로 바뀌고 코딩은 남습니다. 제외: 코딩을 내보내지 않고 본문에서 그 글을 가립니다.</translation>
    </message>
    <message>
        <source>Passages with the warning {warning}</source>
        <translation>경고 {warning}이(가) 있는 구절</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>This project is encrypted, but the exported file will NOT be. Keep it on an encrypted disk, or export with the pseudonym list or without text.</source>
        <translation>이 프로젝트는 암호화되어 있지만 내보낸 파일은 암호화되지 않습니다. 암호화된 디스크에 보관하거나, 가명 목록을 적용하거나 텍스트 없이 내보내세요.</translation>
    </message>
    <message>
        <source>A REFI-QDA project must carry its texts: apply the pseudonym list instead.</source>
        <translation>REFI-QDA 프로젝트에는 텍스트가 포함되어야 합니다. 대신 가명 목록을 적용하세요.</translation>
    </message>
    <message>
        <source>Coded passages, memos, definitions and document names are left out; the pseudonym list is applied to the code names that remain.</source>
        <translation>코딩된 구절, 메모, 정의, 문서 이름은 제외되며, 남은 코드 이름에는 가명 목록이 적용됩니다.</translation>
    </message>
    <message>
        <source>The codebook is written whole; the filters do not apply.</source>
        <translation>코드북 전체를 저장하며, 필터는 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>REFI-QDA carries the full text for the other program (pseudonymised when asked). The codebook is always complete; filters select which codings go out.</source>
        <translation>REFI-QDA는 다른 프로그램을 위해 전체 텍스트를 담습니다 (요청하면 가명 처리). 코드북은 항상 전체가 포함되고, 필터는 내보낼 코딩을 고릅니다.</translation>
    </message>
    <message>
        <source>One row per document: 0/1 and count sheets per code.</source>
        <translation>문서마다 한 행: 코드별 0/1 시트와 개수 시트.</translation>
    </message>
    <message>
        <source>One row per testimony, flags derived from the codebook&apos;s export mappings.</source>
        <translation>증언마다 한 행, 코드북의 내보내기 매핑에서 도출한 플래그.</translation>
    </message>
    <message>
        <source>One row per coding, document attributes as columns.</source>
        <translation>코딩마다 한 행, 문서 속성은 열로.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>내보낼 파일을 고르세요.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file}이(가) 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Wrote {path} ({summary}).</source>
        <translation>{path}에 저장했습니다 ({summary}).</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>내보내기 완료</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>%n document</source>
        <translation>문서 %n개</translation>
    </message>
    <message>
        <source>%n documents</source>
        <translation>문서 %n개</translation>
    </message>
    <message>
        <source>%n row, one per victim case</source>
        <translation>%n행, 피해자 사례마다 한 행</translation>
    </message>
    <message>
        <source>%n rows, one per victim case</source>
        <translation>%n행, 피해자 사례마다 한 행</translation>
    </message>
    <message>
        <source>%n row, one per document taken as a case</source>
        <translation>%n행, 사례로 간주한 문서마다 한 행</translation>
    </message>
    <message>
        <source>%n rows, one per document taken as a case</source>
        <translation>%n행, 사례로 간주한 문서마다 한 행</translation>
    </message>
    <message>
        <source>%n code</source>
        <translation>코드 %n개</translation>
    </message>
    <message>
        <source>%n codes</source>
        <translation>코드 %n개</translation>
    </message>
    <message>
        <source>%n coding</source>
        <translation>코딩 %n개</translation>
    </message>
    <message>
        <source>%n codings</source>
        <translation>코딩 %n개</translation>
    </message>
    <message>
        <source>{documents} ({codings})</source>
        <translation>{documents} ({codings})</translation>
    </message>
    <message>
        <source>{codings} in {documents}</source>
        <translation>{documents}의 {codings}</translation>
    </message>
    <message>
        <source>{summary}, pseudonymised</source>
        <translation>{summary}, 가명 처리됨</translation>
    </message>
    <message>
        <source>{summary}, without text</source>
        <translation>{summary}, 텍스트 제외</translation>
    </message>
    <message>
        <source>%n passage veiled</source>
        <translation>구절 %n개 가림</translation>
    </message>
    <message>
        <source>%n passages veiled</source>
        <translation>구절 %n개 가림</translation>
    </message>
    <message>
        <source>{summary}, {veiled}</source>
        <translation>{summary}, {veiled}</translation>
    </message>
    <message>
        <source>%n warned passage left out</source>
        <translation>경고가 있는 구절 %n개 제외</translation>
    </message>
    <message>
        <source>%n warned passages left out</source>
        <translation>경고가 있는 구절 %n개 제외</translation>
    </message>
    <message>
        <source>{summary}, {omitted}</source>
        <translation>{summary}, {omitted}</translation>
    </message>
</context>
<context>
    <name>ExposureDialog</name>
    <message>
        <source>in their package</source>
        <translation>코더 패키지에 포함</translation>
    </message>
    <message>
        <source>opened (recorded with their consent)</source>
        <translation>열어 봄(본인 동의로 기록)</translation>
    </message>
    <message>
        <source>coded</source>
        <translation>코딩함</translation>
    </message>
    <message>
        <source>Exposure to content warnings</source>
        <translation>내용 경고 노출</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>내용 경고</translation>
    </message>
    <message>
        <source>From</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Coders and the content warnings they read</source>
        <translation>코더와 그들이 읽은 내용 경고</translation>
    </message>
    <message>
        <source>From the coder packages beside the project, from warned documents a coder opened (recorded only for coders who chose so), and from warned documents and codes they coded. Reading time, pauses and revealed passages are never recorded.</source>
        <translation>프로젝트 옆에 있는 코더 패키지, 코더가 연 경고 문서(본인이 선택한 경우에만 기록), 그리고 코더가 코딩한 경고 문서와 코드에서 가져옵니다. 읽은 시간, 쉰 시간, 펼쳐 본 구절은 기록하지 않습니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Rate tables (*.csv);;All files (*)</source>
        <translation>환율표 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Click a minimum, median or maximum to open its passage; select a row to list every value behind it, and click a quote to open that passage. Money is counted per currency.</source>
        <translation>최솟값, 중앙값, 최댓값을 클릭하면 해당 구절이 열립니다. 행을 선택하면 그 뒤의 모든 값이 나열되고, 인용문을 클릭하면 그 구절이 열립니다. 금액은 통화별로 집계합니다.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>사실</translation>
    </message>
    <message>
        <source>Rate table…</source>
        <translation>환율표…</translation>
    </message>
    <message>
        <source>Convert money with your own table (CSV: from,to,rate); converted rows are marked and the per-currency rows stay</source>
        <translation>직접 만든 표로 금액을 환산합니다 (CSV: from,to,rate). 환산된 행은 표시되며 통화별 행은 그대로 남습니다</translation>
    </message>
    <message>
        <source>Stop converting</source>
        <translation>환산 중지</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>업데이트(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>필드(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>그룹 기준(&amp;G):</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>코더(&amp;O):</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>집계하는 중…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Passages behind the figure</source>
        <translation>수치의 근거 구절</translation>
    </message>
    <message>
        <source>Click a quote to open its passage in the main window</source>
        <translation>인용문을 클릭하면 주 창에서 해당 구절이 열립니다</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>분포</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>그룹별</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>차트 저장…</translation>
    </message>
    <message>
        <source>PNG or SVG, white background, for a report or a paper</source>
        <translation>보고서나 논문용 흰 배경 PNG 또는 SVG</translation>
    </message>
    <message>
        <source>All codes with values</source>
        <translation>값이 있는 모든 코드</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>그룹 없음</translation>
    </message>
    <message>
        <source>Attribute: {name}</source>
        <translation>속성: {name}</translation>
    </message>
    <message>
        <source>Code: {path}</source>
        <translation>코드: {path}</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>모든 코더</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>모든 필드</translation>
    </message>
    <message>
        <source>Rate table</source>
        <translation>환율표</translation>
    </message>
    <message>
        <source>Rates: {file}</source>
        <translation>환율: {file}</translation>
    </message>
    <message>
        <source>Counting values…</source>
        <translation>값을 집계하는 중…</translation>
    </message>
    <message>
        <source>No values yet for these choices. Values are entered when a code with value fields is applied (Code → Value fields… declares them).</source>
        <translation>이 선택에 해당하는 값이 아직 없습니다. 값은 값 필드가 있는 코드를 적용할 때 입력합니다 (코드 → 값 필드…에서 정의).</translation>
    </message>
    <message>
        <source>{figures} from {passages} in {documents}.</source>
        <translation>{documents}의 {passages}에서 얻은 {figures}.</translation>
    </message>
    <message>
        <source>%n figure</source>
        <translation>수치 %n개</translation>
    </message>
    <message>
        <source>%n figures</source>
        <translation>수치 %n개</translation>
    </message>
    <message>
        <source>%n coded passage</source>
        <translation>코딩된 구절 %n개</translation>
    </message>
    <message>
        <source>%n coded passages</source>
        <translation>코딩된 구절 %n개</translation>
    </message>
    <message>
        <source>%n document</source>
        <translation>문서 %n개</translation>
    </message>
    <message>
        <source>%n documents</source>
        <translation>문서 %n개</translation>
    </message>
    <message>
        <source>%n value</source>
        <translation>값 %n개</translation>
    </message>
    <message>
        <source>%n values</source>
        <translation>값 %n개</translation>
    </message>
    <message>
        <source>{figure}: {values}</source>
        <translation>{figure}: {values}</translation>
    </message>
    <message>
        <source>{figure}: how often each value occurs</source>
        <translation>{figure}: 값별 출현 횟수</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>{figure} by {group}</source>
        <translation>{group}별 {figure}</translation>
    </message>
    <message>
        <source>These facts belong to a project that is no longer open.</source>
        <translation>이 사실들은 더 이상 열려 있지 않은 프로젝트의 것입니다.</translation>
    </message>
    <message>
        <source>Saved the chart as {path}.</source>
        <translation>차트를 {path}(으)로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값 개수</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>구절 수</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <source>Click to open the passage this figure comes from</source>
        <translation>클릭하면 이 수치가 나온 구절이 열립니다</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Click to open the passage:
{veiled}
{document}, {coder}</source>
        <translation>클릭하면 구절이 열립니다:
{veiled}
{document}, {coder}</translation>
    </message>
    <message>
        <source>Click to open the passage:
“{quote}”
{document}, {coder}</source>
        <translation>클릭하면 구절이 열립니다:
“{quote}”
{document}, {coder}</translation>
    </message>
    <message>
        <source>Select the row to list every passage behind this count</source>
        <translation>행을 선택하면 이 개수의 근거가 된 모든 구절이 나열됩니다</translation>
    </message>
    <message>
        <source>The passages behind the values: two coders&apos; values on one passage are one statement</source>
        <translation>값의 근거 구절 수: 한 구절에 대한 두 코더의 값은 하나의 진술입니다</translation>
    </message>
    <message>
        <source>Grouped by {group}</source>
        <translation>{group} 기준으로 그룹화</translation>
    </message>
    <message>
        <source>Converted with your rate table from {file}; {n} value(s) had no rate and are left out</source>
        <translation>{file}의 환율표로 환산했습니다. 환율이 없는 값 {n}개는 제외했습니다</translation>
    </message>
    <message>
        <source>Converted with your rate table; {n} value(s) had no rate and are left out</source>
        <translation>직접 지정한 환율표로 환산했습니다. 환율이 없는 값 {n}개는 제외했습니다</translation>
    </message>
    <message>
        <source>link: opens the passage</source>
        <translation>링크: 구절을 엽니다</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>{code}: {n} codings</source>
        <translation>{code}: 코딩 {n}개</translation>
    </message>
    <message>
        <source>{a} × {b}: {n} overlapping pairs</source>
        <translation>{a} × {b}: 겹치는 쌍 {n}개</translation>
    </message>
    <message>
        <source>a code with itself (codings)</source>
        <translation>코드 자신과의 교차 (코딩 수)</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>Select a figure with an order (money, age, date, duration, count).</source>
        <translation>순서가 있는 수치(금액, 나이, 날짜, 기간, 개수)를 선택하세요.</translation>
    </message>
    <message>
        <source>%n value</source>
        <translation>값 %n개</translation>
    </message>
    <message>
        <source>%n values</source>
        <translation>값 %n개</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge projects</source>
        <translation>프로젝트 병합</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Into {project} (the open project):</source>
        <translation>{project}(으)로 병합 (현재 열린 프로젝트):</translation>
    </message>
    <message>
        <source>Coder packages found beside the project, and files you add; the ticked ones are merged:</source>
        <translation>프로젝트 옆에서 찾은 코더 패키지와 추가한 파일입니다. 체크한 항목이 병합됩니다:</translation>
    </message>
    <message>
        <source>Coders&apos; copies or packages (.sqlite). Documents are matched by their text, codes and coders by identity; nothing is doubled, and merging a file twice changes nothing. A backup of the project is kept, and the whole merge is one step: if it fails or you cancel, the project is unchanged.</source>
        <translation>코더의 사본 또는 패키지(.sqlite)입니다. 문서는 텍스트로, 코드와 코더는 식별자로 맞춥니다. 중복되는 것은 없으며 같은 파일을 두 번 병합해도 바뀌지 않습니다. 프로젝트 백업이 보관되고 병합 전체가 한 단계이므로, 실패하거나 취소하면 프로젝트는 그대로입니다.</translation>
    </message>
    <message>
        <source>no new codings yet</source>
        <translation>아직 새 코딩 없음</translation>
    </message>
    <message>
        <source>%n new coding</source>
        <translation>새 코딩 %n개</translation>
    </message>
    <message>
        <source>%n new codings</source>
        <translation>새 코딩 %n개</translation>
    </message>
    <message>
        <source>{coder} — {file} · made {when} · {work}</source>
        <translation>{coder} — {file} · {when} 생성 · {work}</translation>
    </message>
    <message>
        <source>Projects to merge</source>
        <translation>병합할 프로젝트</translation>
    </message>
    <message>
        <source>Undo starts anew after the merge: the 1 step you can undo now (“{last}”) can no longer be undone, because undoing it over merged data could remove the coders&apos; merged codings or memos with it. The merge itself can be undone by restoring the backup it keeps ({backup}).</source>
        <translation>병합 후에는 실행 취소 기록이 새로 시작됩니다. 지금 실행 취소할 수 있는 단계(&quot;{last}&quot;)는 더 이상 취소할 수 없습니다. 병합된 데이터 위에서 취소하면 코더들의 병합된 코딩이나 메모까지 지워질 수 있기 때문입니다. 병합 자체는 병합 시 보관하는 백업({backup})을 복원하여 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Undo starts anew after the merge: the {n} steps you can undo now (the last: “{last}”) can no longer be undone, because undoing them over merged data could remove the coders&apos; merged codings or memos with them. The merge itself can be undone by restoring the backup it keeps ({backup}).</source>
        <translation>병합 후에는 실행 취소 기록이 새로 시작됩니다. 지금 실행 취소할 수 있는 {n}단계(마지막: &quot;{last}&quot;)는 더 이상 취소할 수 없습니다. 병합된 데이터 위에서 취소하면 코더들의 병합된 코딩이나 메모까지 지워질 수 있기 때문입니다. 병합 자체는 병합 시 보관하는 백업({backup})을 복원하여 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Open the project for writing to merge into it.</source>
        <translation>병합하려면 프로젝트를 쓰기 가능으로 여세요.</translation>
    </message>
    <message>
        <source>Add the coders&apos; project files to merge.</source>
        <translation>병합할 코더들의 프로젝트 파일을 추가하세요.</translation>
    </message>
    <message>
        <source>The open project cannot be merged into itself.</source>
        <translation>열려 있는 프로젝트를 자기 자신에 병합할 수 없습니다.</translation>
    </message>
    <message>
        <source>Merge now?</source>
        <translation>지금 병합할까요?</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>병합하는 중…</translation>
    </message>
    <message>
        <source>Merged {files} file(s): {added} codings added.</source>
        <translation>파일 {files}개를 병합했습니다: 코딩 {added}개 추가.</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>병합 보고서</translation>
    </message>
    <message>
        <source>Merge cancelled; the project is unchanged.</source>
        <translation>병합을 취소했습니다. 프로젝트는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>병합 실패</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>보고서 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>What came in, and what differed (the project&apos;s version was kept):</source>
        <translation>들어온 내용과 달랐던 내용 (프로젝트의 버전을 유지함):</translation>
    </message>
    <message>
        <source>Save merge report</source>
        <translation>병합 보고서 저장</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>텍스트 파일 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Saved the merge report as {path}.</source>
        <translation>병합 보고서를 {path}(으)로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Make a coder package</source>
        <translation>코더 패키지 만들기</translation>
    </message>
    <message>
        <source>The coder&apos;s name, e.g. mina</source>
        <translation>코더 이름, 예: mina</translation>
    </message>
    <message>
        <source>&lt;coder&gt;</source>
        <translation>&lt;코더&gt;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Only a random sample of</source>
        <translation>무작위 표본만:</translation>
    </message>
    <message>
        <source> of {n} documents</source>
        <translation> / 문서 {n}개</translation>
    </message>
    <message>
        <source>The same seed picks the same documents again (give both coders the same one).</source>
        <translation>같은 시드는 같은 문서를 다시 고릅니다 (두 코더에게 같은 시드를 주세요).</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Leave out documents with: {warning}</source>
        <translation>다음이 붙은 문서 빼기: {warning}</translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation>코더(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>문서:</translation>
    </message>
    <message>
        <source>Leave out documents with:</source>
        <translation>다음이 붙은 문서 빼기:</translation>
    </message>
    <message>
        <source>Make package</source>
        <translation>패키지 만들기</translation>
    </message>
    <message>
        <source>The package holds the documents, the whole codebook, document memos and attributes, and only this coder&apos;s own codings. Send it; merge it back with File → Merge projects.</source>
        <translation>패키지에는 문서, 코드북 전체, 문서 메모와 속성, 그리고 이 코더 자신의 코딩만 들어 있습니다. 보낸 뒤 파일 → 프로젝트 병합으로 다시 병합하세요.</translation>
    </message>
    <message>
        <source>%n of {total} documents left out.</source>
        <translation>문서 {total}개 중 %n개를 뺍니다.</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>패키지 저장 위치</translation>
    </message>
    <message>
        <source>Name the coder the package is for.</source>
        <translation>패키지를 받을 코더의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Choose the package file.</source>
        <translation>패키지 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Coder package</source>
        <translation>코더 패키지</translation>
    </message>
    <message>
        <source>Writing the package for {coder}…</source>
        <translation>{coder}의 패키지를 쓰는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Left out for its content warnings: %n document.</source>
        <translation>
            <numerusform>내용 경고 때문에 뺀 문서: %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out for their content warnings: %n documents.</source>
        <translation>내용 경고 때문에 뺀 문서: %n개.</translation>
    </message>
    <message>
        <source>Wrote {path} for {coder}: {documents} documents, {codes} codes, {codings} of their own codings.</source>
        <translation>{coder}을(를) 위해 {path}에 저장했습니다: 문서 {documents}개, 코드 {codes}개, 본인의 코딩 {codings}개.</translation>
    </message>
</context>
<context>
    <name>PassagesModel</name>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용문</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>converted from {value}</source>
        <translation>{value}에서 환산</translation>
    </message>
    <message>
        <source>{quote}

Click to open the passage</source>
        <translation>{quote}

클릭하면 구절이 열립니다</translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <source>Codings per code (the {n} most used of {total})</source>
        <translation>코드별 코딩 수 ({total}개 중 가장 많이 쓰인 {n}개)</translation>
    </message>
    <message>
        <source>Codings per code</source>
        <translation>코드별 코딩 수</translation>
    </message>
    <message>
        <source>Co-occurrence by overlapping passages (the {n} most used of {total} codes)</source>
        <translation>겹치는 구절 기준 동시 출현 (코드 {total}개 중 가장 많이 쓰인 {n}개)</translation>
    </message>
    <message>
        <source>Co-occurrence by overlapping passages</source>
        <translation>겹치는 구절 기준 동시 출현</translation>
    </message>
    <message>
        <source>Co-occurrence by shared documents (the {n} most used of {total} codes)</source>
        <translation>같은 문서 기준 동시 출현 (코드 {total}개 중 가장 많이 쓰인 {n}개)</translation>
    </message>
    <message>
        <source>Co-occurrence by shared documents</source>
        <translation>같은 문서 기준 동시 출현</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Retrieval and reports</source>
        <translation>검색 및 보고서</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>코드 필터…</translation>
    </message>
    <message>
        <source>A checked code includes its sub-codes</source>
        <translation>선택한 코드에 하위 코드 포함</translation>
    </message>
    <message>
        <source>Filter coders…</source>
        <translation>코더 필터…</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>문서 필터…</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>업데이트(&amp;U)</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Only documents whose attributes match</source>
        <translation>속성이 일치하는 문서만</translation>
    </message>
    <message>
        <source>Set filters and press Update.</source>
        <translation>필터를 설정하고 업데이트를 누르세요.</translation>
    </message>
    <message>
        <source>Double-click a segment to open it in the main window</source>
        <translation>구절을 두 번 클릭하면 주 창에서 열립니다</translation>
    </message>
    <message>
        <source>per coder</source>
        <translation>코더별</translation>
    </message>
    <message>
        <source>per document</source>
        <translation>문서별</translation>
    </message>
    <message>
        <source>in the same passage (overlapping codings)</source>
        <translation>같은 구절 안 (겹치는 코딩)</translation>
    </message>
    <message>
        <source>in the same document</source>
        <translation>같은 문서 안</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>Codings per code:</source>
        <translation>코드별 코딩 수:</translation>
    </message>
    <message>
        <source>Frequencies</source>
        <translation>빈도</translation>
    </message>
    <message>
        <source>Codes occurring together:</source>
        <translation>함께 나타나는 코드:</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>동시 출현</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>차트 저장…</translation>
    </message>
    <message>
        <source>PNG or SVG, white background, for a report or a paper</source>
        <translation>보고서나 논문용 흰 배경 PNG 또는 SVG</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Retrieving…</source>
        <translation>검색하는 중…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>코딩 수</translation>
    </message>
    <message>
        <source>{code}: {n} documents</source>
        <translation>{code}: 문서 {n}개</translation>
    </message>
    <message>
        <source>{a} × {b}: {n} documents with both</source>
        <translation>{a} × {b}: 둘 다 있는 문서 {n}개</translation>
    </message>
    <message>
        <source>a code with itself (documents)</source>
        <translation>코드 자신과의 교차 (문서 수)</translation>
    </message>
    <message>
        <source>{n} coded segments in {documents} documents in documents where {conditions}.</source>
        <translation>{conditions}인 문서 중 문서 {documents}개에서 코딩된 구절 {n}개.</translation>
    </message>
    <message>
        <source>{n} coded segments in {documents} documents.</source>
        <translation>문서 {documents}개에서 코딩된 구절 {n}개.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>Segments ({n})</source>
        <translation>구절 ({n})</translation>
    </message>
    <message>
        <source>Saved the chart as {path}.</source>
        <translation>차트를 {path}(으)로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>All codes</source>
        <translation>모든 코드</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>모든 문서</translation>
    </message>
    <message>
        <source>Filter by document, code, coder or words…</source>
        <translation>문서, 코드, 코더 또는 단어로 필터…</translation>
    </message>
    <message>
        <source>Choose two coders and press Find.</source>
        <translation>코더 두 명을 고르고 찾기를 누르세요.</translation>
    </message>
</context>
<context>
    <name>SegmentsTableModel</name>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>retrieving segments</source>
        <translation>구절 검색</translation>
    </message>
    <message>
        <source>counting codes</source>
        <translation>코드 집계</translation>
    </message>
    <message>
        <source>counting co-occurrences</source>
        <translation>동시 출현 집계</translation>
    </message>
    <message>
        <source>counting values</source>
        <translation>값 집계</translation>
    </message>
    <message>
        <source>merging each coder&apos;s codings</source>
        <translation>코더별 코딩 합치기</translation>
    </message>
    <message>
        <source>counting characters</source>
        <translation>글자 세기</translation>
    </message>
    <message>
        <source>matching segments</source>
        <translation>구절 맞추기</translation>
    </message>
    <message>
        <source>computing coefficients</source>
        <translation>계수 계산</translation>
    </message>
    <message>
        <source>listing passages</source>
        <translation>구절 목록 만들기</translation>
    </message>
    <message>
        <source>comparing typed values</source>
        <translation>입력된 값 비교</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Building the case rows</source>
        <translation>사례 행 만들기</translation>
    </message>
    <message>
        <source>Writing cases</source>
        <translation>사례 쓰기</translation>
    </message>
    <message>
        <source>Writing codings</source>
        <translation>코딩 쓰기</translation>
    </message>
    <message>
        <source>Writing the matrix</source>
        <translation>행렬 쓰기</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>보고서 쓰기</translation>
    </message>
    <message>
        <source>reading {coder}&apos;s codings</source>
        <translation>{coder}의 코딩 읽기</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>{file} 읽기</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>작업하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Open a project first.</source>
        <translation>먼저 프로젝트를 여세요.</translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation>이 프로젝트는 읽기 전용으로 열려 있습니다.</translation>
    </message>
</context>
<context>
    <name>ValueDisagreementModel</name>
    <message>
        <source>(no value)</source>
        <translation>(값 없음)</translation>
    </message>
    <message>
        <source>{coder}&apos;s value</source>
        <translation>{coder}의 값</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>values count as the same within {tolerance}</source>
        <translation>{tolerance} 이내의 값은 같은 것으로 봅니다</translation>
    </message>
</context>
<context>
    <name>ValueDisagreementsPage</name>
    <message>
        <source>Choose two coders and press Find.</source>
        <translation>코더 두 명을 고르고 찾기를 누르세요.</translation>
    </message>
    <message>
        <source>Value disagreements</source>
        <translation>값 불일치</translation>
    </message>
    <message>
        <source>1 passage where {a} and {b} applied the same code but gave different values (numbers count as the same within a tolerance, e.g. {tolerance}).</source>
        <translation>{a}와(과) {b}이(가) 같은 코드를 적용했지만 값을 다르게 준 구절 1개 (숫자는 허용 오차 이내면 같은 것으로 봄, 예: {tolerance}).</translation>
    </message>
    <message>
        <source>{n} passages where {a} and {b} applied the same code but gave different values (numbers count as the same within a tolerance, e.g. {tolerance}).</source>
        <translation>{a}와(과) {b}이(가) 같은 코드를 적용했지만 값을 다르게 준 구절 {n}개 (숫자는 허용 오차 이내면 같은 것으로 봄, 예: {tolerance}).</translation>
    </message>
    <message>
        <source>{n} passages where {a} and {b} gave different values.</source>
        <translation>{a}와(과) {b}이(가) 값을 다르게 준 구절 {n}개.</translation>
    </message>
    <message>
        <source>{a} and {b} agree on every value of the passages they both coded.</source>
        <translation>{a}와(과) {b}은(는) 둘 다 코딩한 구절의 모든 값에서 일치합니다.</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>{n} years</source>
        <translation>{n}년</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n}개월</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n}일</translation>
    </message>
    <message>
        <source>{unit} (converted)</source>
        <translation>{unit} (환산)</translation>
    </message>
    <message>
        <source>, … {n} more</source>
        <translation>, … 외 {n}개</translation>
    </message>
</context>
<context>
    <name>save_chart</name>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
</context>
<context>
    <name>version_html</name>
    <message>
        <source>[… {n} characters both coded …]</source>
        <translation>[… 둘 다 코딩한 {n}자 …]</translation>
    </message>
    <message>
        <source>{coder} did not apply this code here.</source>
        <translation>{coder}은(는) 여기에 이 코드를 적용하지 않았습니다.</translation>
    </message>
    <message>
        <source>Accepting this version leaves the passage without the code in the consensus layer.</source>
        <translation>이 버전을 채택하면 합의 계층에서 이 구절에 코드가 없게 됩니다.</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>강조 표시</translation>
    </message>
    <message>
        <source>{marked}: {characters} {coder} included and {other} did not</source>
        <translation>{marked}: {coder}은(는) 포함했고 {other}은(는) 포함하지 않은 {characters}</translation>
    </message>
    <message>
        <source>struck through</source>
        <translation>취소선</translation>
    </message>
    <message>
        <source>{struck}: {characters} {other} included and {coder} did not</source>
        <translation>{struck}: {other}은(는) 포함했고 {coder}은(는) 포함하지 않은 {characters}</translation>
    </message>
    <message>
        <source>{notes}.</source>
        <translation>{notes}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1자</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n}자</translation>
    </message>
    <message>
        <source>Press Space or click here to reveal both versions; 1, 2, N and S decide without revealing.</source>
        <translation>Space를 누르거나 여기를 클릭하면 두 버전이 모두 보입니다. 1, 2, N, S는 보지 않고도 결정합니다.</translation>
    </message>
</context>
</TS>
