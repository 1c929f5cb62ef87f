<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CoreAgreement</name>
    <message>
        <source>±5% (same currency and per unit)</source>
        <translation>±5%(같은 통화, 같은 단위당)</translation>
    </message>
    <message>
        <source>±1 year</source>
        <translation>±1년</translation>
    </message>
    <message>
        <source>same month</source>
        <translation>같은 달</translation>
    </message>
    <message>
        <source>±10%</source>
        <translation>±10%</translation>
    </message>
    <message>
        <source>exact (ignoring case and spacing)</source>
        <translation>정확히 일치(대소문자와 공백 무시)</translation>
    </message>
    <message>
        <source>same place</source>
        <translation>같은 장소</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>정확히 일치</translation>
    </message>
    <message>
        <source>no variation: no coder applied it in these documents (agreement would be a vacuous 100%, every character left uncoded by everyone); it is left out of overall</source>
        <translation>변이 없음: 이 문서들에서 이 코드를 적용한 코더가 없습니다(모든 문자를 아무도 코딩하지 않았으므로 일치도가 무의미한 100%가 됨). 전체에서 제외됩니다</translation>
    </message>
    <message>
        <source>no variation: every coder coded every character</source>
        <translation>변이 없음: 모든 코더가 모든 문자를 코딩했습니다</translation>
    </message>
    <message>
        <source>cohen_kappa is defined for two coders only; with {n} coders see fleiss_kappa, krippendorff_alpha (multi-coder) and the pairwise figures in pairs</source>
        <translation>cohen_kappa는 코더가 두 명일 때만 정의됩니다. 코더 {n}명일 때는 fleiss_kappa, krippendorff_alpha(다중 코더)와 pairs의 쌍별 수치를 보세요</translation>
    </message>
    <message>
        <source>the sub-corpus is empty: there is no document that every chosen coder coded</source>
        <translation>하위 말뭉치가 비어 있습니다: 선택한 모든 코더가 코딩한 문서가 없습니다</translation>
    </message>
    <message>
        <source>the sub-corpus is empty: none of these coders applied a code to any document</source>
        <translation>하위 말뭉치가 비어 있습니다: 이 코더들은 어느 문서에도 코드를 적용하지 않았습니다</translation>
    </message>
    <message>
        <source>no code to compare: these coders applied no code in these documents</source>
        <translation>비교할 코드가 없습니다: 이 코더들은 이 문서들에서 코드를 적용하지 않았습니다</translation>
    </message>
    <message>
        <source>the documents of the sub-corpus have no text to compare</source>
        <translation>하위 말뭉치의 문서에 비교할 텍스트가 없습니다</translation>
    </message>
    <message>
        <source>no chosen coder applied any of these codes in these documents: every statistic is undefined</source>
        <translation>선택한 코더 중 누구도 이 문서들에서 이 코드들을 적용하지 않았습니다: 모든 통계가 정의되지 않습니다</translation>
    </message>
    <message>
        <source>percent_agreement, {kappa}, krippendorff_alpha, unitized_alpha and segment_agreement are undefined for code {code}: {reason}</source>
        <translation>코드 {code}의 percent_agreement, {kappa}, krippendorff_alpha, unitized_alpha, segment_agreement가 정의되지 않습니다: {reason}</translation>
    </message>
    <message>
        <source>{kappa}, krippendorff_alpha and unitized_alpha are undefined for code {code}: {reason}</source>
        <translation>코드 {code}의 {kappa}, krippendorff_alpha, unitized_alpha가 정의되지 않습니다: {reason}</translation>
    </message>
    <message>
        <source>for code {code} every statistic of the pairs {pairs} is undefined: neither coder of the pair applied it</source>
        <translation>코드 {code}에서 코더 쌍 {pairs}의 모든 통계가 정의되지 않습니다: 쌍의 두 코더 모두 이 코드를 적용하지 않았습니다</translation>
    </message>
    <message>
        <source>overall: the pairs {pairs} applied none of these codes; their rows are undefined</source>
        <translation>전체: 코더 쌍 {pairs}은(는) 이 코드들을 하나도 적용하지 않았습니다. 해당 행은 정의되지 않습니다</translation>
    </message>
    <message>
        <source>%n document(s) where no coder applied any of the compared codes (every statistic is undefined there): {documents}</source>
        <translation>비교한 코드를 아무 코더도 적용하지 않은 문서 %n개(여기서는 모든 통계가 정의되지 않음): {documents}</translation>
    </message>
    <message>
        <source>%n document(s) where every coder coded every character with every compared code (kappa and alpha undefined there): {documents}</source>
        <translation>모든 코더가 비교한 모든 코드로 모든 문자를 코딩한 문서 %n개(여기서는 카파와 알파가 정의되지 않음): {documents}</translation>
    </message>
    <message>
        <source>%n listed code nobody applied is left out of overall and of the per-document rows (each would only add characters everyone left uncoded): {codes}</source>
        <translation>아무도 적용하지 않은 코드 %n개는 전체 및 문서별 행에서 제외됩니다(모두가 코딩하지 않은 문자만 더하게 됨): {codes}</translation>
    </message>
    <message>
        <source>%n listed codes nobody applied are left out of overall and of the per-document rows (each would only add characters everyone left uncoded): {codes}</source>
        <translation>아무도 적용하지 않은 코드 %n개는 전체 및 문서별 행에서 제외됩니다(모두가 코딩하지 않은 문자만 더하게 됨): {codes}</translation>
    </message>
</context>
<context>
    <name>CoreAnalysis</name>
    <message>
        <source>no coder named {name!r} in this project</source>
        <translation>이 프로젝트에 {name!r}(이)라는 코더가 없습니다</translation>
    </message>
    <message>
        <source>{name!r} and {name2!r} are the same coder; name each coder once</source>
        <translation>{name!r}와(과) {name2!r}은(는) 같은 코더입니다. 각 코더는 한 번만 지정하세요</translation>
    </message>
    <message>
        <source>no document with id {missing}</source>
        <translation>ID가 {missing}인 문서가 없습니다</translation>
    </message>
    <message>
        <source>no code {key!r} in the codebook</source>
        <translation>코드북에 {key!r} 코드가 없습니다</translation>
    </message>
    <message>
        <source>agreement cancelled</source>
        <translation>코더 간 일치도 계산이 취소되었습니다</translation>
    </message>
    <message>
        <source>agreement needs at least two coders</source>
        <translation>코더 간 일치도에는 코더가 두 명 이상 필요합니다</translation>
    </message>
    <message>
        <source>each coder may be named only once</source>
        <translation>각 코더는 한 번만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>at most 62 coders can be compared at once</source>
        <translation>한 번에 최대 62명의 코더만 비교할 수 있습니다</translation>
    </message>
    <message>
        <source>the sub-corpus must be one of {choices}, not {subcorpus!r}</source>
        <translation>하위 말뭉치는 {subcorpus!r}이(가) 아니라 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>choose the documents either by name or by a sub-corpus rule, not both</source>
        <translation>문서는 이름이나 하위 말뭉치 규칙 중 하나로만 선택하세요(둘 다는 안 됩니다)</translation>
    </message>
    <message>
        <source>the overlap threshold must be above 0 and at most 1, not {threshold}</source>
        <translation>겹침 기준값은 0보다 크고 1 이하여야 합니다({threshold}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>no code has a value field named {field!r}</source>
        <translation>{field!r}(이)라는 값 필드를 가진 코드가 없습니다</translation>
    </message>
    <message>
        <source>{path} (and its sub-codes) has no value field {field!r}; it is a field of {owners}</source>
        <translation>{path}(및 하위 코드)에는 {field!r} 값 필드가 없습니다. 이 필드는 {owners}의 필드입니다</translation>
    </message>
    <message>
        <source>--by needs a document attribute name or a code path</source>
        <translation>--by에는 문서 속성 이름이나 코드 경로가 필요합니다</translation>
    </message>
    <message>
        <source>{text!r} is both a document attribute and a code: say attribute:{text} or code:{text}</source>
        <translation>{text!r}은(는) 문서 속성이면서 코드입니다. attribute:{text} 또는 code:{text}로 지정하세요</translation>
    </message>
    <message>
        <source>no document attribute named {text!r}</source>
        <translation>{text!r}(이)라는 문서 속성이 없습니다</translation>
    </message>
    <message>
        <source>no code named {text!r}</source>
        <translation>{text!r}(이)라는 코드가 없습니다</translation>
    </message>
    <message>
        <source>no document attribute or code named {text!r}</source>
        <translation>{text!r}(이)라는 문서 속성이나 코드가 없습니다</translation>
    </message>
    <message>
        <source>holds {count:,} documents; a project to merge may hold at most {limit:,}</source>
        <translation>문서가 {count:,}개 있습니다. 병합할 프로젝트에는 최대 {limit:,}개까지 허용됩니다</translation>
    </message>
    <message>
        <source>holds {count:,} codes; a project to merge may hold at most {limit:,}</source>
        <translation>코드가 {count:,}개 있습니다. 병합할 프로젝트에는 최대 {limit:,}개까지 허용됩니다</translation>
    </message>
    <message>
        <source>holds {count:,} codings; a project to merge may hold at most {limit:,}</source>
        <translation>코딩이 {count:,}개 있습니다. 병합할 프로젝트에는 최대 {limit:,}개까지 허용됩니다</translation>
    </message>
    <message>
        <source>holds {count:,} memos; a project to merge may hold at most {limit:,}</source>
        <translation>메모가 {count:,}개 있습니다. 병합할 프로젝트에는 최대 {limit:,}개까지 허용됩니다</translation>
    </message>
    <message>
        <source>%n document added ({matched} matched)</source>
        <translation>문서 %n개 추가(일치 {matched}개)</translation>
    </message>
    <message>
        <source>%n documents added ({matched} matched)</source>
        <translation>문서 %n개 추가(일치 {matched}개)</translation>
    </message>
    <message>
        <source>%n code added</source>
        <translation>코드 %n개 추가</translation>
    </message>
    <message>
        <source>%n codes added</source>
        <translation>코드 %n개 추가</translation>
    </message>
    <message>
        <source>%n coder added</source>
        <translation>코더 %n명 추가</translation>
    </message>
    <message>
        <source>%n coders added</source>
        <translation>코더 %n명 추가</translation>
    </message>
    <message>
        <source>%n coding added ({present} already present)</source>
        <translation>코딩 %n개 추가(이미 있음 {present}개)</translation>
    </message>
    <message>
        <source>%n codings added ({present} already present)</source>
        <translation>코딩 %n개 추가(이미 있음 {present}개)</translation>
    </message>
    <message>
        <source>%n value added</source>
        <translation>값 %n개 추가</translation>
    </message>
    <message>
        <source>%n values added</source>
        <translation>값 %n개 추가</translation>
    </message>
    <message>
        <source>%n case added ({links} links)</source>
        <translation>사례 %n개 추가(연결 {links}개)</translation>
    </message>
    <message>
        <source>%n cases added ({links} links)</source>
        <translation>사례 %n개 추가(연결 {links}개)</translation>
    </message>
    <message>
        <source>%n conflict</source>
        <translation>충돌 %n개</translation>
    </message>
    <message>
        <source>%n conflicts</source>
        <translation>충돌 %n개</translation>
    </message>
    <message>
        <source>{source}: {counts}</source>
        <translation>{source}: {counts}</translation>
    </message>
    <message>
        <source>Backup of the target before merging: {path}</source>
        <translation>병합 전 대상 프로젝트의 백업: {path}</translation>
    </message>
    <message>
        <source>Separate document (same name, different text): {name}</source>
        <translation>별도 문서(이름은 같고 텍스트가 다름): {name}</translation>
    </message>
    <message>
        <source>Conflict: {conflict}</source>
        <translation>충돌: {conflict}</translation>
    </message>
    <message>
        <source>merge cancelled; the project is unchanged</source>
        <translation>병합이 취소되었습니다. 프로젝트는 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{document} → added as {name!r} (its text differs)</source>
        <translation>{document} → {name!r}(으)로 추가됨(텍스트가 다름)</translation>
    </message>
    <message>
        <source>code {path!r} has a different {language} {field} in the source; kept the target&apos;s</source>
        <translation>원본에서 코드 {path!r}의 {language} {field}이(가) 다릅니다. 대상의 것을 유지했습니다</translation>
    </message>
    <message>
        <source>code {path!r} is named {name!r} in the source; kept {kept!r}</source>
        <translation>원본에서 코드 {path!r}의 이름은 {name!r}입니다. {kept!r}을(를) 유지했습니다</translation>
    </message>
    <message>
        <source>code {path!r} sits at {theirs!r} in the source; kept {path!r}</source>
        <translation>원본에서 코드 {path!r}은(는) {theirs!r}에 있습니다. {path!r}을(를) 유지했습니다</translation>
    </message>
    <message>
        <source>code {path!r} is coloured {colour} in the source; kept {kept}</source>
        <translation>원본에서 코드 {path!r}의 색은 {colour}입니다. {kept}을(를) 유지했습니다</translation>
    </message>
    <message>
        <source>code {path!r} has a different {field} in the source; kept the target&apos;s</source>
        <translation>원본에서 코드 {path!r}의 {field}이(가) 다릅니다. 대상의 것을 유지했습니다</translation>
    </message>
    <message>
        <source>coding {guid} refers to a missing document, code or coder; skipped</source>
        <translation>코딩 {guid}이(가) 없는 문서, 코드 또는 코더를 가리킵니다. 건너뛰었습니다</translation>
    </message>
    <message>
        <source>coding {guid} lies outside its document; skipped</source>
        <translation>코딩 {guid}이(가) 문서 범위를 벗어납니다. 건너뛰었습니다</translation>
    </message>
    <message>
        <source>field {name!r} of code {path!r} has other options in the source; kept the target&apos;s</source>
        <translation>원본에서 코드 {path!r}의 필드 {name!r}에 다른 옵션이 있습니다. 대상의 것을 유지했습니다</translation>
    </message>
    <message>
        <source>field {name!r} of code {path!r} is {kind} in the source but {target_kind} in the target; kept the target&apos;s field (the source&apos;s values: kept under {kept!r})</source>
        <translation>코드 {path!r}의 필드 {name!r}은(는) 원본에서 {kind}, 대상에서 {target_kind}입니다. 대상의 필드를 유지했습니다(원본의 값: {kept!r} 아래에 보존)</translation>
    </message>
    <message>
        <source>field {name!r} of code {path!r} is {kind} in the source but {target_kind} in the target; kept the target&apos;s field (the source&apos;s values: none to keep)</source>
        <translation>코드 {path!r}의 필드 {name!r}은(는) 원본에서 {kind}, 대상에서 {target_kind}입니다. 대상의 필드를 유지했습니다(원본의 값: 보존할 값 없음)</translation>
    </message>
    <message>
        <source>value {name!r} ({value}) of {coding} not merged: the coding has another code in the target</source>
        <translation>{coding}의 값 {name!r}({value})을(를) 병합하지 않았습니다. 대상에서 이 코딩의 코드가 다릅니다</translation>
    </message>
    <message>
        <source>value {name!r} of {coding} is {value} in the source; kept {kept}</source>
        <translation>원본에서 {coding}의 값 {name!r}은(는) {value}입니다. {kept}을(를) 유지했습니다</translation>
    </message>
    <message>
        <source>a {path!r} coding by {coder} in {document!r} [{start}, {end})</source>
        <translation>{document!r}에서 {coder}이(가) 한 {path!r} 코딩 [{start}, {end})</translation>
    </message>
    <message>
        <source>attribute {name!r} of {document!r} is {value!r} in the source; kept {kept!r}</source>
        <translation>원본에서 {document!r}의 속성 {name!r}은(는) {value!r}입니다. {kept!r}을(를) 유지했습니다</translation>
    </message>
    <message>
        <source>translation {name!r} is linked to another original here; its link was kept</source>
        <translation>번역본 {name!r}은(는) 이 프로젝트에서 다른 원문에 연결되어 있습니다. 기존 연결을 유지했습니다</translation>
    </message>
    <message>
        <source>the alignment of {name!r} differs; the target&apos;s was kept</source>
        <translation>{name!r}의 정렬이 다릅니다. 대상의 정렬을 유지했습니다</translation>
    </message>
    <message>
        <source>the link of translation {name!r} contradicts the target&apos;s links; skipped</source>
        <translation>번역본 {name!r}의 연결이 대상의 연결과 맞지 않습니다. 건너뛰었습니다</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>파일 읽기</translation>
    </message>
    <message>
        <source>cannot be merged: {reason}</source>
        <translation>병합할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>cannot be merged: {problem}</source>
        <translation>병합할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>cannot be merged: its content is damaged ({reason})</source>
        <translation>병합할 수 없습니다: 내용이 손상되었습니다({reason})</translation>
    </message>
    <message>
        <source>cannot be merged: it changed while it was being merged</source>
        <translation>병합할 수 없습니다: 병합하는 동안 파일이 바뀌었습니다</translation>
    </message>
    <message>
        <source>reading its package marker</source>
        <translation>패키지 표시 읽기</translation>
    </message>
    <message>
        <source>a coder package needs the coder&apos;s name</source>
        <translation>코더 패키지에는 코더 이름이 필요합니다</translation>
    </message>
    <message>
        <source>no content warning named {name!r} in this project</source>
        <translation>이 프로젝트에 {name!r}(이)라는 내용 경고가 없습니다</translation>
    </message>
    <message>
        <source>every document carries one of those warnings: the package would be empty</source>
        <translation>모든 문서에 그 경고 중 하나가 붙어 있어 패키지가 비게 됩니다</translation>
    </message>
    <message>
        <source>cannot sample {sample} of {count} documents</source>
        <translation>문서 {count}개 중 {sample}개를 표본으로 뽑을 수 없습니다</translation>
    </message>
    <message>
        <source>unknown comparison {op!r}; use one of &lt; &lt;= &gt; &gt;= = != in</source>
        <translation>알 수 없는 비교 연산자 {op!r}입니다. &lt; &lt;= &gt; &gt;= = != in 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>cannot read the condition {condition!r}; write e.g. &apos;age &lt; 18&apos;</source>
        <translation>조건 {condition!r}을(를) 읽을 수 없습니다. 예: &apos;age &lt; 18&apos;</translation>
    </message>
    <message>
        <source>no coder named {key!r} in the project</source>
        <translation>프로젝트에 {key!r}(이)라는 코더가 없습니다</translation>
    </message>
    <message>
        <source>no document named {key!r} in the project</source>
        <translation>프로젝트에 {key!r}(이)라는 문서가 없습니다</translation>
    </message>
    <message>
        <source>no attribute named {name!r} in the project</source>
        <translation>프로젝트에 {name!r}(이)라는 속성이 없습니다</translation>
    </message>
    <message>
        <source>frequencies are by &apos;document&apos; or &apos;coder&apos;, not {by!r}</source>
        <translation>빈도는 {by!r}이(가) 아니라 &apos;document&apos; 또는 &apos;coder&apos; 기준입니다</translation>
    </message>
    <message>
        <source>co-occurrence scope is &apos;passage&apos; or &apos;document&apos;, not {scope!r}</source>
        <translation>동시 출현 범위는 {scope!r}이(가) 아니라 &apos;passage&apos; 또는 &apos;document&apos;입니다</translation>
    </message>
    <message>
        <source>cannot read the rate table ({exc})</source>
        <translation>환율표를 읽을 수 없습니다({exc})</translation>
    </message>
    <message>
        <source>a rate table starts with the header from,to,rate</source>
        <translation>환율표는 from,to,rate 머리글로 시작해야 합니다</translation>
    </message>
    <message>
        <source>line {line}: {currency!r} is not a 3-letter currency code</source>
        <translation>{line}행: {currency!r}은(는) 세 글자 통화 코드가 아닙니다</translation>
    </message>
    <message>
        <source>line {line}: the rate {rate!r} is not a positive number</source>
        <translation>{line}행: 환율 {rate!r}이(가) 양수가 아닙니다</translation>
    </message>
    <message>
        <source>line {line}: every rate must convert to one target currency ({target}, not {to})</source>
        <translation>{line}행: 모든 환율은 하나의 대상 통화로 바꿔야 합니다({to}이(가) 아니라 {target})</translation>
    </message>
    <message>
        <source>line {line}: {source} has two rates</source>
        <translation>{line}행: {source}의 환율이 두 개입니다</translation>
    </message>
    <message>
        <source>more than {limit} rates</source>
        <translation>환율이 {limit}개를 넘습니다</translation>
    </message>
    <message>
        <source>the rate table has no rate in it</source>
        <translation>환율표에 환율이 없습니다</translation>
    </message>
</context>
<context>
    <name>CoreChanges</name>
    <message>
        <source>a case needs a label (it was empty)</source>
        <translation>사례에는 레이블이 필요합니다(비어 있었습니다)</translation>
    </message>
    <message>
        <source>case label {cleaned!r} contains {problem}; use plain text</source>
        <translation>사례 레이블 {cleaned!r}에 {problem}이(가) 있습니다. 일반 텍스트를 쓰세요</translation>
    </message>
    <message>
        <source>a case label is limited to {limit} characters</source>
        <translation>사례 레이블은 {limit}자까지만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>unknown case role {role!r} (use {roles})</source>
        <translation>알 수 없는 사례 역할 {role!r}입니다({roles} 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <source>{name!r} is not a usable attribute name (plain text, 1–{limit} characters)</source>
        <translation>{name!r}은(는) 쓸 수 없는 속성 이름입니다(일반 텍스트, 1–{limit}자)</translation>
    </message>
    <message>
        <source>unknown attribute type {type!r} (use {types})</source>
        <translation>알 수 없는 속성 유형 {type!r}입니다({types} 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <source>attribute {name!r} needs a value (to remove it, leave it out)</source>
        <translation>속성 {name!r}에 값이 필요합니다(속성을 지우려면 빼 두세요)</translation>
    </message>
    <message>
        <source>attribute {name!r} is a number; {value!r} is not one</source>
        <translation>속성 {name!r}은(는) 숫자입니다. {value!r}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>attribute {name!r} is a date (YYYY, YYYY-MM or YYYY-MM-DD); not {value!r}</source>
        <translation>속성 {name!r}은(는) 날짜(YYYY, YYYY-MM 또는 YYYY-MM-DD)입니다. {value!r}은(는) 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>attribute {name!r} is yes or no; not {value!r}</source>
        <translation>속성 {name!r}은(는) 예 또는 아니요입니다. {value!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>there is already a case labelled {label!r}</source>
        <translation>{label!r} 레이블의 사례가 이미 있습니다</translation>
    </message>
    <message>
        <source>attribute {name!r} is given twice</source>
        <translation>속성 {name!r}이(가) 두 번 지정되었습니다</translation>
    </message>
    <message>
        <source>nothing to change: give a new label, role, memo or attribute</source>
        <translation>바꿀 내용이 없습니다. 새 레이블, 역할, 메모 또는 속성을 지정하세요</translation>
    </message>
    <message>
        <source>the case has no attribute {name!r} to remove</source>
        <translation>사례에 지울 속성 {name!r}이(가) 없습니다</translation>
    </message>
    <message>
        <source>no documents given</source>
        <translation>지정된 문서가 없습니다</translation>
    </message>
    <message>
        <source>no codings given</source>
        <translation>지정된 코딩이 없습니다</translation>
    </message>
    <message>
        <source>every one of those documents is already linked to {label!r}</source>
        <translation>그 문서들은 모두 이미 {label!r}에 연결되어 있습니다</translation>
    </message>
    <message>
        <source>every one of those documents is not linked to {label!r}</source>
        <translation>그 문서들은 모두 {label!r}에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>every one of those codings is already linked to {label!r}</source>
        <translation>그 코딩들은 모두 이미 {label!r}에 연결되어 있습니다</translation>
    </message>
    <message>
        <source>every one of those codings is not linked to {label!r}</source>
        <translation>그 코딩들은 모두 {label!r}에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>cannot merge a case into itself</source>
        <translation>사례를 자기 자신에 병합할 수 없습니다</translation>
    </message>
    <message>
        <source>{label!r} and {label2!r} disagree ({listed})</source>
        <translation>{label!r}와(과) {label2!r}의 내용이 다릅니다({listed})</translation>
    </message>
    <message>
        <source>no case labelled {name!r} (cases: {known})</source>
        <translation>{name!r} 레이블의 사례가 없습니다(사례: {known})</translation>
    </message>
    <message>
        <source>a code named {name!r} already exists under {where}</source>
        <translation>{where} 아래에 {name!r}(이)라는 코드가 이미 있습니다</translation>
    </message>
    <message>
        <source>a code named {name!r} already exists under the top level</source>
        <translation>최상위에 {name!r}(이)라는 코드가 이미 있습니다</translation>
    </message>
    <message>
        <source>the parent code no longer exists</source>
        <translation>상위 코드가 더 이상 없습니다</translation>
    </message>
    <message>
        <source>cannot edit code fields {bad}</source>
        <translation>코드 필드 {bad}은(는) 편집할 수 없습니다</translation>
    </message>
    <message>
        <source>the code no longer exists</source>
        <translation>코드가 더 이상 없습니다</translation>
    </message>
    <message>
        <source>the target code no longer exists</source>
        <translation>대상 코드가 더 이상 없습니다</translation>
    </message>
    <message>
        <source>cannot move {name!r} inside itself</source>
        <translation>{name!r}을(를) 자기 안으로 옮길 수 없습니다</translation>
    </message>
    <message>
        <source>cannot merge a code into itself</source>
        <translation>코드를 자기 자신에 병합할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot merge {name!r} into one of its own sub-codes</source>
        <translation>{name!r}을(를) 자신의 하위 코드에 병합할 수 없습니다</translation>
    </message>
    <message>
        <source>both codes have a value field {name!r}, of different kinds ({kind}, {kind2}); rename one first</source>
        <translation>두 코드 모두 {name!r} 값 필드가 있지만 종류가 다릅니다({kind}, {kind2}). 먼저 하나의 이름을 바꾸세요</translation>
    </message>
    <message>
        <source>span {start}–{end} is outside {name!r} (length {length})</source>
        <translation>범위 {start}–{end}이(가) {name!r} 밖에 있습니다(길이 {length})</translation>
    </message>
    <message>
        <source>an empty selection cannot be coded; select some text first</source>
        <translation>빈 선택 영역은 코딩할 수 없습니다. 먼저 텍스트를 선택하세요</translation>
    </message>
    <message>
        <source>{name!r} is a folder, not a code that can be applied</source>
        <translation>{name!r}은(는) 폴더이며, 적용할 수 있는 코드가 아닙니다</translation>
    </message>
    <message>
        <source>this passage already has the code {name!r} from this coder</source>
        <translation>이 구절에는 이 코더의 {name!r} 코드가 이미 있습니다</translation>
    </message>
    <message>
        <source>an identical coding already exists</source>
        <translation>똑같은 코딩이 이미 있습니다</translation>
    </message>
    <message>
        <source>that value field does not belong to the auto-coded code</source>
        <translation>그 값 필드는 자동 코딩하는 코드의 필드가 아닙니다</translation>
    </message>
    <message>
        <source>{name}: a {kind} value is needed, not {kind2}</source>
        <translation>{name}: {kind2}이(가) 아니라 {kind} 값이 필요합니다</translation>
    </message>
    <message>
        <source>the pattern took longer than {timeout:g} s over all documents; simplify it</source>
        <translation>패턴이 전체 문서에서 {timeout:g}초보다 오래 걸렸습니다. 패턴을 단순하게 하세요</translation>
    </message>
    <message>
        <source>the new code has no field for {count} value(s) of this coding ({sample}); confirm to drop them</source>
        <translation>새 코드에는 이 코딩의 값 {count}개를 담을 필드가 없습니다({sample}). 확인하면 그 값을 버립니다</translation>
    </message>
    <message>
        <source>memos attach to a project, document or code, not {kind!r}</source>
        <translation>메모는 {kind!r}이(가) 아니라 프로젝트, 문서 또는 코드에 붙습니다</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>{value!r} is not yes/no</source>
        <translation>{value!r}은(는) 예/아니요가 아닙니다</translation>
    </message>
    <message>
        <source>{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>{value!r}은(는) 날짜가 아닙니다(YYYY, YYYY-MM 또는 YYYY-MM-DD로 쓰세요)</translation>
    </message>
    <message>
        <source>attribute type must be one of {types}</source>
        <translation>속성 유형은 {types} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation>속성에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{name}&apos;s</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>this coding is {whose}: in this project coders may only change their own codings</source>
        <translation>이 코딩은 {whose}의 코딩입니다. 이 프로젝트에서는 코더가 자신의 코딩만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>the code already has a field named {name!r}</source>
        <translation>코드에 {name!r}(이)라는 필드가 이미 있습니다</translation>
    </message>
    <message>
        <source>a code can have at most {limit} value fields</source>
        <translation>코드에는 값 필드를 최대 {limit}개까지 둘 수 있습니다</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{sample} and {count} more</source>
        <translation>{sample} 외 {count}개</translation>
    </message>
    <message>
        <source>deleting {field!r} would drop {count} stored value(s) that no longer fit ({sample}); confirm to go on</source>
        <translation>{field!r}을(를) 삭제하면 더 이상 맞지 않는 저장된 값 {count}개가 버려집니다({sample}). 계속하려면 확인하세요</translation>
    </message>
    <message>
        <source>changing {field!r} would drop {count} stored value(s) that no longer fit ({sample}); confirm to go on</source>
        <translation>{field!r}을(를) 바꾸면 더 이상 맞지 않는 저장된 값 {count}개가 버려집니다({sample}). 계속하려면 확인하세요</translation>
    </message>
    <message>
        <source>that value field does not belong to this coding&apos;s code</source>
        <translation>그 값 필드는 이 코딩의 코드에 속하지 않습니다</translation>
    </message>
    <message>
        <source>the code has no value field {name!r} (its fields: {known})</source>
        <translation>코드에 {name!r} 값 필드가 없습니다(필드: {known})</translation>
    </message>
    <message>
        <source>{name}: given twice</source>
        <translation>{name}: 두 번 지정되었습니다</translation>
    </message>
</context>
<context>
    <name>CoreCodebook</name>
    <message>
        <source>no code labels in language {language!r}; use one of {languages}</source>
        <translation>{language!r} 언어로 된 코드 레이블은 없습니다. {languages} 중 하나를 사용하세요</translation>
    </message>
    <message>
        <source>the {field} of a label must be text</source>
        <translation>레이블의 {field}은(는) 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>a label&apos;s {field} is limited to {limit} characters</source>
        <translation>레이블의 {field}은(는) 최대 {limit}자입니다</translation>
    </message>
    <message>
        <source>the {field} of a label contains {problem}</source>
        <translation>레이블의 {field}에 {problem}이(가) 있습니다</translation>
    </message>
    <message>
        <source>&apos;labels&apos; of {where} must be a mapping of languages</source>
        <translation>{where}의 &apos;labels&apos;는 언어별 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>label {language!r} of {where} must be a mapping</source>
        <translation>{where}의 레이블 {language!r}은(는) 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>label {language!r} of {where} has unknown fields {fields}</source>
        <translation>{where}의 레이블 {language!r}에 알 수 없는 필드 {fields}이(가) 있습니다</translation>
    </message>
    <message>
        <source>{key} of label {language!r} of {where} must be text</source>
        <translation>{where}의 레이블 {language!r}의 {key}은(는) 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>label {language!r} of {where}: {problem}</source>
        <translation>{where}의 레이블 {language!r}: {problem}</translation>
    </message>
    <message>
        <source>{where} has two labels in {language}</source>
        <translation>{where}에 {language} 레이블이 두 개 있습니다</translation>
    </message>
    <message>
        <source>invalid code path {path!r} (use Group/Code)</source>
        <translation>잘못된 코드 경로 {path!r}(그룹/코드 형식을 사용하세요)</translation>
    </message>
    <message>
        <source>a control character (U+{code})</source>
        <translation>제어 문자(U+{code})</translation>
    </message>
    <message>
        <source>a line or paragraph separator (U+{code})</source>
        <translation>줄 또는 단락 구분 문자(U+{code})</translation>
    </message>
    <message>
        <source>a bidi control character (U+{code})</source>
        <translation>양방향 제어 문자(U+{code})</translation>
    </message>
    <message>
        <source>a character that is not text (U+{code})</source>
        <translation>텍스트가 아닌 문자(U+{code})</translation>
    </message>
    <message>
        <source>a code name cannot be empty</source>
        <translation>코드 이름은 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>code name {name!r} contains {problem}; use plain text</source>
        <translation>코드 이름 {name!r}에 {problem}이(가) 있습니다. 일반 텍스트를 사용하세요</translation>
    </message>
    <message>
        <source>code name {name!r} contains &apos;/&apos;, which separates levels in a code path</source>
        <translation>코드 이름 {name!r}에 &apos;/&apos;가 있습니다. &apos;/&apos;는 코드 경로의 단계를 나눕니다</translation>
    </message>
    <message>
        <source>a code name is limited to {limit} characters</source>
        <translation>코드 이름은 최대 {limit}자입니다</translation>
    </message>
    <message>
        <source>codes nested deeper than {limit} levels are not allowed</source>
        <translation>코드는 {limit}단계보다 깊게 중첩할 수 없습니다</translation>
    </message>
    <message>
        <source>code name {name!r} starts or ends with spaces</source>
        <translation>코드 이름 {name!r}이(가) 공백으로 시작하거나 끝납니다</translation>
    </message>
    <message>
        <source>some codes are their own ancestors (a loop of parents)</source>
        <translation>일부 코드가 자기 자신의 상위 코드입니다(상위 관계가 순환함)</translation>
    </message>
    <message>
        <source>invalid colour {color!r}; use #RRGGBB</source>
        <translation>잘못된 색 {color!r}. #RRGGBB 형식을 사용하세요</translation>
    </message>
    <message>
        <source>field {name!r}</source>
        <translation>필드 {name!r}</translation>
    </message>
    <message>
        <source>{field}: a value field needs a name</source>
        <translation>{field}: 값 필드에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>{field}: its name contains {problem}; use plain text</source>
        <translation>{field}: 이름에 {problem}이(가) 있습니다. 일반 텍스트를 사용하세요</translation>
    </message>
    <message>
        <source>{field}: a field name is limited to {limit} characters</source>
        <translation>{field}: 필드 이름은 최대 {limit}자입니다</translation>
    </message>
    <message>
        <source>{field}: a value field needs a kind ({kinds})</source>
        <translation>{field}: 값 필드에는 종류가 필요합니다({kinds})</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>no code with id {guid}</source>
        <translation>ID가 {guid}인 코드가 없습니다</translation>
    </message>
    <message>
        <source>no code {path!r} in the codebook</source>
        <translation>코드북에 {path!r} 코드가 없습니다</translation>
    </message>
    <message>
        <source>{key} of {where} must be text</source>
        <translation>{where}의 {key}은(는) 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>&apos;fields&apos; of {path!r} must be a list</source>
        <translation>{path!r}의 &apos;fields&apos;는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>code {path!r} declares more than {limit} value fields</source>
        <translation>코드 {path!r}에 값 필드가 {limit}개보다 많습니다</translation>
    </message>
    <message>
        <source>field #{number} of code {path!r} is not a mapping</source>
        <translation>코드 {path!r}의 필드 #{number}이(가) 매핑이 아닙니다</translation>
    </message>
    <message>
        <source>field #{number} of code {path!r}</source>
        <translation>코드 {path!r}의 필드 #{number}</translation>
    </message>
    <message>
        <source>field {name!r} of code {path!r}</source>
        <translation>코드 {path!r}의 필드 {name!r}</translation>
    </message>
    <message>
        <source>code {path!r} declares two fields named {name!r}</source>
        <translation>코드 {path!r}에 {name!r}(이)라는 필드가 두 개 있습니다</translation>
    </message>
    <message>
        <source>{field} repeats the guid {guid}</source>
        <translation>{field}의 GUID {guid}이(가) 중복됩니다</translation>
    </message>
    <message>
        <source>&apos;children&apos; of {path} must be a list</source>
        <translation>{path}의 &apos;children&apos;은 목록이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;children&apos; of the codebook must be a list</source>
        <translation>코드북의 &apos;children&apos;은 목록이어야 합니다</translation>
    </message>
    <message>
        <source>code #{number} under {path} is not a mapping</source>
        <translation>{path} 아래 코드 #{number}이(가) 매핑이 아닙니다</translation>
    </message>
    <message>
        <source>code #{number} under the top is not a mapping</source>
        <translation>최상위의 코드 #{number}이(가) 매핑이 아닙니다</translation>
    </message>
    <message>
        <source>a top-level code</source>
        <translation>최상위 코드</translation>
    </message>
    <message>
        <source>two codes named {path!r}</source>
        <translation>{path!r}(이)라는 코드가 두 개 있습니다</translation>
    </message>
    <message>
        <source>code {path!r} repeats the guid {guid}</source>
        <translation>코드 {path!r}의 GUID {guid}이(가) 중복됩니다</translation>
    </message>
    <message>
        <source>source_refs/export of {path!r} must be a list/mapping</source>
        <translation>{path!r}의 source_refs/export는 목록/매핑이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;warnings&apos; of {path!r} must be a list of at most {limit} names</source>
        <translation>{path!r}의 &apos;warnings&apos;는 이름이 최대 {limit}개인 목록이어야 합니다</translation>
    </message>
    <message>
        <source>{problem} (in the warnings of {path!r})</source>
        <translation>{problem}({path!r}의 내용 경고)</translation>
    </message>
    <message>
        <source>more than {limit} codes; not a codebook this program can use</source>
        <translation>코드가 {limit}개보다 많습니다. 이 프로그램에서 쓸 수 있는 코드북이 아닙니다</translation>
    </message>
    <message>
        <source>not valid YAML at line {line} ({problem})</source>
        <translation>{line}행이 올바른 YAML이 아닙니다({problem})</translation>
    </message>
    <message>
        <source>not valid YAML at line {line}</source>
        <translation>{line}행이 올바른 YAML이 아닙니다</translation>
    </message>
    <message>
        <source>not valid YAML ({problem})</source>
        <translation>올바른 YAML이 아닙니다({problem})</translation>
    </message>
    <message>
        <source>not valid YAML</source>
        <translation>올바른 YAML이 아닙니다</translation>
    </message>
    <message>
        <source>codebook file is too large</source>
        <translation>코드북 파일이 너무 큽니다</translation>
    </message>
    <message>
        <source>codebook nested too deeply</source>
        <translation>코드북의 중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <source>not a codebook: expected a mapping with a &apos;codes&apos; list</source>
        <translation>코드북이 아닙니다. &apos;codes&apos; 목록이 있는 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>unknown codebook format {format!r}</source>
        <translation>알 수 없는 코드북 형식 {format!r}</translation>
    </message>
    <message>
        <source>the codebook</source>
        <translation>코드북</translation>
    </message>
    <message>
        <source>&apos;sources&apos; must be a mapping</source>
        <translation>&apos;sources&apos;는 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>파일을 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>codebook YAML must be UTF-8</source>
        <translation>코드북 YAML은 UTF-8이어야 합니다</translation>
    </message>
    <message>
        <source>the code no longer exists</source>
        <translation>코드가 더 이상 없습니다</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>already exists; pass --force to rebuild the demo project</source>
        <translation>이미 있습니다. 데모 프로젝트를 다시 만들려면 --force를 지정하세요</translation>
    </message>
    <message>
        <source>demo coding of {entry} has no value field {name!r}</source>
        <translation>{entry}의 데모 코딩에 {name!r} 값 필드가 없습니다</translation>
    </message>
    <message>
        <source>demo case {entry}: no coding of {passage!r}</source>
        <translation>데모 사례 {entry}: {passage!r}의 코딩이 없습니다</translation>
    </message>
    <message>
        <source>is not a demo project; it will not be replaced (choose another file, or move it away yourself)</source>
        <translation>데모 프로젝트가 아니므로 바꾸지 않습니다(다른 파일을 선택하거나 직접 다른 곳으로 옮기세요)</translation>
    </message>
    <message>
        <source>is open in the app; close it before rebuilding the demo</source>
        <translation>앱에서 열려 있습니다. 데모를 다시 만들기 전에 닫으세요</translation>
    </message>
    <message>
        <source>cannot be read as a demo project; it will not be replaced (choose another file, or move it away yourself)</source>
        <translation>데모 프로젝트로 읽을 수 없으므로 바꾸지 않습니다(다른 파일을 선택하거나 직접 다른 곳으로 옮기세요)</translation>
    </message>
    <message>
        <source>is a demo project with codings by {others}; it will not be replaced (choose another file, or move it away yourself)</source>
        <translation>{others}의 코딩이 있는 데모 프로젝트이므로 바꾸지 않습니다(다른 파일을 선택하거나 직접 다른 곳으로 옮기세요)</translation>
    </message>
    <message>
        <source>demo quote not found in {document}: {quote!r}</source>
        <translation>{document}에서 데모 인용문을 찾을 수 없습니다: {quote!r}</translation>
    </message>
    <message>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <source>is a folder; give a file name</source>
        <translation>폴더입니다. 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>{parent} 폴더가 없습니다</translation>
    </message>
    <message>
        <source>is the project {name}; choose another file name for the output</source>
        <translation>프로젝트 {name}입니다. 출력 파일에는 다른 이름을 선택하세요</translation>
    </message>
    <message>
        <source>is a file of the project {name}; choose another file name for the output</source>
        <translation>프로젝트 {name}의 파일입니다. 출력 파일에는 다른 이름을 선택하세요</translation>
    </message>
    <message>
        <source>is inside the backups of {name}; choose another place</source>
        <translation>{name}의 백업 폴더 안에 있습니다. 다른 위치를 선택하세요</translation>
    </message>
    <message>
        <source>is also an input of this command; choose another file name</source>
        <translation>이 명령의 입력 파일이기도 합니다. 다른 파일 이름을 선택하세요</translation>
    </message>
    <message>
        <source>belongs to the project {name} (a journal, lock or backup); choose another file name</source>
        <translation>프로젝트 {name}에 속한 파일입니다(저널, 잠금 또는 백업). 다른 파일 이름을 선택하세요</translation>
    </message>
    <message>
        <source>is not an ordinary file (a device, pipe or socket); choose a file name</source>
        <translation>일반 파일이 아닙니다(장치, 파이프 또는 소켓). 파일 이름을 선택하세요</translation>
    </message>
    <message>
        <source>is a Testimony Annotator project; it will not be overwritten (choose another file name)</source>
        <translation>Testimony Annotator 프로젝트이므로 덮어쓰지 않습니다(다른 파일 이름을 선택하세요)</translation>
    </message>
    <message>
        <source>looks like an encrypted project or database; it will not be overwritten (choose another file name)</source>
        <translation>암호화된 프로젝트나 데이터베이스로 보이므로 덮어쓰지 않습니다(다른 파일 이름을 선택하세요)</translation>
    </message>
    <message>
        <source>already exists; pass --force to replace it</source>
        <translation>이미 있습니다. 바꾸려면 --force를 지정하세요</translation>
    </message>
    <message>
        <source>the disk is full; nothing was written (free some space and try again)</source>
        <translation>디스크가 가득 찼습니다. 아무것도 쓰지 않았습니다(공간을 확보한 뒤 다시 시도하세요)</translation>
    </message>
    <message>
        <source>cannot write here ({reason}); choose a folder you can write to</source>
        <translation>여기에 쓸 수 없습니다({reason}). 쓸 수 있는 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>cannot write the file ({reason})</source>
        <translation>파일을 쓸 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>appeared while the output was being written; nothing was replaced</source>
        <translation>출력을 쓰는 동안 생겨났습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>the copy was not finished (its journal is still open); nothing written</source>
        <translation>사본이 완성되지 않았습니다(저널이 아직 열려 있습니다). 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>the pattern is {count:,} characters long (at most {limit:,})</source>
        <translation>패턴 길이가 {count:,}자입니다(최대 {limit:,}자)</translation>
    </message>
    <message>
        <source>the pattern&apos;s repeats multiply out to {size:,} items (at most {limit:,}); simplify it</source>
        <translation>패턴의 반복을 펼치면 {size:,}개 항목이 됩니다(최대 {limit:,}개). 패턴을 단순하게 하세요</translation>
    </message>
    <message>
        <source>invalid pattern {pattern!r}: {exc}</source>
        <translation>잘못된 패턴 {pattern!r}: {exc}</translation>
    </message>
    <message>
        <source>invalid pattern {pattern!r}: too complex ({name})</source>
        <translation>잘못된 패턴 {pattern!r}: 너무 복잡합니다({name})</translation>
    </message>
    <message>
        <source>the pattern took longer than {timeout:g} s on {label}; simplify it</source>
        <translation>패턴이 {label}에서 {timeout:g}초보다 오래 걸렸습니다. 패턴을 단순하게 하세요</translation>
    </message>
    <message>
        <source>a .qdc codebook is read by codebook_files.load_codebook first</source>
        <translation>.qdc 코드북은 먼저 codebook_files.load_codebook으로 읽어야 합니다</translation>
    </message>
    <message>
        <source>unsupported codebook file; use .yaml or .qdc</source>
        <translation>지원하지 않는 코드북 파일입니다. .yaml 또는 .qdc를 쓰세요</translation>
    </message>
    <message>
        <source>a pseudonym entry needs the text to find</source>
        <translation>가명 항목에는 찾을 텍스트가 필요합니다</translation>
    </message>
    <message>
        <source>the same identifier is listed twice</source>
        <translation>같은 식별자가 두 번 나열되었습니다</translation>
    </message>
</context>
<context>
    <name>CoreExport</name>
    <message>
        <source>unknown pool {pool!r}; choose any or all</source>
        <translation>알 수 없는 풀 {pool!r}입니다. any 또는 all을 선택하세요</translation>
    </message>
    <message>
        <source>--min-k must be 1 or more</source>
        <translation>--min-k는 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>cannot tell the export format from {name!r}; choose one of {formats}</source>
        <translation>{name!r}에서 내보내기 형식을 알 수 없습니다. {formats} 중 하나를 선택하세요</translation>
    </message>
    <message>
        <source>unknown export format {format!r}; choose one of {formats}</source>
        <translation>알 수 없는 내보내기 형식 {format!r}입니다. {formats} 중 하나를 선택하세요</translation>
    </message>
    <message>
        <source>the {name} export does not take the option {unknown}</source>
        <translation>{name} 내보내기에는 {unknown} 옵션을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a REFI-QDA project must carry each document&apos;s text (its positions point into it); export it with --pseudonymise, or use csv, xlsx or json with --no-text</source>
        <translation>REFI-QDA 프로젝트에는 각 문서의 텍스트가 있어야 합니다(위치가 텍스트를 가리킵니다). --pseudonymise로 내보내거나, csv, xlsx 또는 json을 --no-text와 함께 쓰세요</translation>
    </message>
    <message>
        <source>the {name} export carries no passage text; --veil-warning and --omit-warning do not apply</source>
        <translation>{name} 내보내기에는 구절 텍스트가 없으므로 --veil-warning과 --omit-warning은 적용되지 않습니다</translation>
    </message>
    <message>
        <source>the {name} format is the whole codebook; --{what} does not apply to it</source>
        <translation>{name} 형식은 코드북 전체입니다. --{what}은(는) 적용되지 않습니다</translation>
    </message>
    <message>
        <source>no coder is selected: nothing would be exported</source>
        <translation>선택한 코더가 없습니다. 내보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>no code is selected: nothing would be exported</source>
        <translation>선택한 코드가 없습니다. 내보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>no document is selected: nothing would be exported</source>
        <translation>선택한 문서가 없습니다. 내보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>the project has no pseudonym list, so --pseudonymise would change nothing; add the names first (Team → Pseudonyms…) or export with --no-text</source>
        <translation>프로젝트에 가명 목록이 없어 --pseudonymise로 바뀌는 것이 없습니다. 먼저 이름을 추가하거나(팀 → 가명…) --no-text로 내보내세요</translation>
    </message>
    <message>
        <source>--{option} applies to a standard case export (--schema)</source>
        <translation>--{option}은(는) 표준 사례 내보내기(--schema)에만 적용됩니다</translation>
    </message>
    <message>
        <source>--with-translation applies to csv, xlsx and json exports</source>
        <translation>--with-translation은(는) csv, xlsx, json 내보내기에만 적용됩니다</translation>
    </message>
    <message>
        <source>a standard case export writes a metadata file beside the CSV; give a file path</source>
        <translation>표준 사례 내보내기는 CSV 옆에 메타데이터 파일을 씁니다. 파일 경로를 지정하세요</translation>
    </message>
    <message>
        <source>{flag} would make the codes left out look absent in a standard case export; export every code (use --document to choose cases)</source>
        <translation>{flag}을(를) 쓰면 표준 사례 내보내기에서 빠진 코드가 없는 것처럼 보입니다. 모든 코드를 내보내세요(사례는 --document로 선택하세요)</translation>
    </message>
    <message>
        <source>the option {name} applies to the working case table (no --schema)</source>
        <translation>{name} 옵션은 작업용 사례 표(--schema 없음)에만 적용됩니다</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>내보내기가 취소되었습니다. 파일을 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>too many rows for one Excel sheet (1,048,576); export CSV instead</source>
        <translation>Excel 시트 하나에 담기에는 행이 너무 많습니다(1,048,576). 대신 CSV로 내보내세요</translation>
    </message>
    <message>
        <source>unknown case schema {name!r}; choose one of {schemas}</source>
        <translation>알 수 없는 사례 스키마 {name!r}입니다. {schemas} 중 하나를 선택하세요</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>the project has no content warning {name!r} (it has: {known})</source>
        <translation>프로젝트에 내용 경고 {name!r}이(가) 없습니다 (있는 것: {known})</translation>
    </message>
</context>
<context>
    <name>CoreImport</name>
    <message>
        <source>unsupported file type {shown}; supported: {supported}</source>
        <translation>지원하지 않는 파일 형식 {shown}입니다. 지원 형식: {supported}</translation>
    </message>
    <message>
        <source>could not read this {format} file ({reason})</source>
        <translation>이 {format} 파일을 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>not a valid {format_label} file (not a zip archive)</source>
        <translation>올바른 {format_label} 파일이 아닙니다(zip 압축 파일이 아님)</translation>
    </message>
    <message>
        <source>not a valid {format_label} file (damaged or truncated zip archive)</source>
        <translation>올바른 {format_label} 파일이 아닙니다(손상되었거나 잘린 zip 압축 파일)</translation>
    </message>
    <message>
        <source>not a valid {format_label} file (unsupported zip compression)</source>
        <translation>올바른 {format_label} 파일이 아닙니다(지원하지 않는 zip 압축 방식)</translation>
    </message>
    <message>
        <source>refused: {format_label} file would expand to an unsafe size (zip bomb?)</source>
        <translation>거부됨: {format_label} 파일의 압축을 풀면 위험할 만큼 커집니다(zip 폭탄?)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>file too large to import (over 1 GiB)</source>
        <translation>가져오기에는 파일이 너무 큽니다(1 GiB 초과)</translation>
    </message>
    <message>
        <source>cannot read the file (permission denied)</source>
        <translation>파일을 읽을 수 없습니다(권한 없음)</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>파일을 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>빈 파일입니다</translation>
    </message>
    <message>
        <source>no text found</source>
        <translation>텍스트가 없습니다</translation>
    </message>
    <message>
        <source>{format_label} file too large to read into memory</source>
        <translation>{format_label} 파일이 너무 커서 메모리로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>not a valid {format_label} file (nested too deeply to read)</source>
        <translation>올바른 {format_label} 파일이 아닙니다(중첩이 너무 깊어 읽을 수 없음)</translation>
    </message>
    <message>
        <source>not a valid {format_label} file ({reason})</source>
        <translation>올바른 {format_label} 파일이 아닙니다({reason})</translation>
    </message>
    <message>
        <source>not a valid DOCX file (a password-protected or old .doc Word file: remove the password, or save it as .docx)</source>
        <translation>올바른 DOCX 파일이 아닙니다(암호로 보호되었거나 예전 .doc Word 파일입니다. 암호를 없애거나 .docx로 저장하세요)</translation>
    </message>
    <message>
        <source>not a valid DOCX file (a zip archive, but not a Word document)</source>
        <translation>올바른 DOCX 파일이 아닙니다(zip 압축 파일이지만 Word 문서가 아님)</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>텍스트가 아니라 이진 데이터입니다</translation>
    </message>
    <message>
        <source>same text as {name!r}, already in the project; skipped</source>
        <translation>프로젝트에 이미 있는 {name!r}와(과) 같은 텍스트입니다. 건너뛰었습니다</translation>
    </message>
    <message>
        <source>same text as {name!r}, already in the project</source>
        <translation>프로젝트에 이미 있는 {name!r}와(과) 같은 텍스트입니다</translation>
    </message>
    <message>
        <source>cannot import ({reason})</source>
        <translation>가져올 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>password-protected ODT: remove the password, then import</source>
        <translation>암호로 보호된 ODT입니다. 암호를 없앤 뒤 가져오세요</translation>
    </message>
    <message>
        <source>not a valid ODT file (an OpenDocument file, but not text: {kind})</source>
        <translation>올바른 ODT 파일이 아닙니다(OpenDocument 파일이지만 텍스트가 아님: {kind})</translation>
    </message>
    <message>
        <source>not a valid ODT file (a zip archive, but not an OpenDocument text)</source>
        <translation>올바른 ODT 파일이 아닙니다(zip 압축 파일이지만 OpenDocument 텍스트가 아님)</translation>
    </message>
    <message>
        <source>not a valid ODT file (content.xml has no text body)</source>
        <translation>올바른 ODT 파일이 아닙니다(content.xml에 본문이 없음)</translation>
    </message>
    <message>
        <source>not a valid PDF file (no %PDF header)</source>
        <translation>올바른 PDF 파일이 아닙니다(%PDF 헤더 없음)</translation>
    </message>
    <message>
        <source>not a valid PDF file (truncated: no end-of-file marker)</source>
        <translation>올바른 PDF 파일이 아닙니다(잘림: 파일 끝 표시 없음)</translation>
    </message>
    <message>
        <source>no text layer (scanned PDF?) — run OCR first</source>
        <translation>텍스트 레이어가 없습니다(스캔한 PDF?) — 먼저 OCR을 실행하세요</translation>
    </message>
    <message>
        <source>text layer is unreadable (fonts without a Unicode map?) — run OCR first</source>
        <translation>텍스트 레이어를 읽을 수 없습니다(유니코드 매핑이 없는 글꼴?) — 먼저 OCR을 실행하세요</translation>
    </message>
    <message>
        <source>encrypted PDF (AES) cannot be read: the &apos;cryptography&apos; package is missing</source>
        <translation>암호화된 PDF(AES)를 읽을 수 없습니다: &apos;cryptography&apos; 패키지가 없습니다</translation>
    </message>
    <message>
        <source>password-protected PDF: remove the password, then import</source>
        <translation>암호로 보호된 PDF입니다. 암호를 없앤 뒤 가져오세요</translation>
    </message>
    <message>
        <source>not a valid RTF file (no {\rtf header)</source>
        <translation>올바른 RTF 파일이 아닙니다({\rtf 헤더 없음)</translation>
    </message>
</context>
<context>
    <name>CoreJourney</name>
    <message>
        <source>year of birth {year} (case attribute)</source>
        <translation>출생 연도 {year}(사례 속성)</translation>
    </message>
    <message>
        <source>age {age} at the interview in {year} (case attributes)</source>
        <translation>{year}년 면담 당시 나이 {age}세(사례 속성)</translation>
    </message>
    <message>
        <source>{field} {value} at {date}</source>
        <translation>{date}의 {field} {value}</translation>
    </message>
    <message>
        <source>years of birth disagree: {first} means about {year}, {second} about {year2}</source>
        <translation>출생 연도가 맞지 않습니다: {first}에 따르면 약 {year}년, {second}에 따르면 약 {year2}년</translation>
    </message>
    <message>
        <source>{code} is dated {date}, after the interview in {year}</source>
        <translation>{code}의 날짜가 {date}로, {year}년 면담 이후입니다</translation>
    </message>
    <message>
        <source>{code} is dated {date}, before the year of birth {year}</source>
        <translation>{code}의 날짜가 {date}로, 출생 연도 {year}년 이전입니다</translation>
    </message>
    <message>
        <source>forced repatriation ({date}) before the first border crossing ({date2})</source>
        <translation>강제 송환({date})이 첫 국경 횡단({date2})보다 앞섭니다</translation>
    </message>
    <message>
        <source>{months} months with no event between {date} ({code}) and {date2} ({code2})</source>
        <translation>{date}({code})와 {date2}({code2}) 사이 {months}개월 동안 사건이 없습니다</translation>
    </message>
</context>
<context>
    <name>CoreProtection</name>
    <message>
        <source>the backup copy did not verify</source>
        <translation>백업 사본 검증에 실패했습니다</translation>
    </message>
    <message>
        <source>is encrypted: give its passphrase (--passphrase-file)</source>
        <translation>암호화되어 있습니다. 암호 문구를 지정하세요(--passphrase-file)</translation>
    </message>
    <message>
        <source>the backup is encrypted: give its passphrase</source>
        <translation>백업이 암호화되어 있습니다. 암호 문구를 지정하세요</translation>
    </message>
    <message>
        <source>the backup is damaged; choose another one</source>
        <translation>백업이 손상되었습니다. 다른 백업을 선택하세요</translation>
    </message>
    <message>
        <source>the converted copy did not verify; nothing was changed</source>
        <translation>변환한 사본 검증에 실패했습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>the converted copy lost rows; nothing was changed</source>
        <translation>변환한 사본에서 행이 사라졌습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>the decrypted copy did not verify; nothing was changed</source>
        <translation>복호화한 사본 검증에 실패했습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>the decrypted copy lost rows; nothing was changed</source>
        <translation>복호화한 사본에서 행이 사라졌습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>is open in this program; close it first</source>
        <translation>이 프로그램에서 열려 있습니다. 먼저 닫으세요</translation>
    </message>
    <message>
        <source>is open in another program (the app, or a command such as an import); close it there and try again</source>
        <translation>다른 프로그램(앱 또는 가져오기 같은 명령)에서 열려 있습니다. 그곳에서 닫고 다시 시도하세요</translation>
    </message>
    <message>
        <source>could not take the project over (journal mode {mode})</source>
        <translation>프로젝트를 넘겨받을 수 없습니다(저널 모드 {mode})</translation>
    </message>
</context>
<context>
    <name>CoreRefiQda</name>
    <message>
        <source>cannot read the package ({reason})</source>
        <translation>패키지를 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>%n document added ({matched} already present)</source>
        <translation>문서 %n개 추가(이미 있음 {matched}개)</translation>
    </message>
    <message>
        <source>%n documents added ({matched} already present)</source>
        <translation>문서 %n개 추가(이미 있음 {matched}개)</translation>
    </message>
    <message>
        <source>%n code added</source>
        <translation>코드 %n개 추가</translation>
    </message>
    <message>
        <source>%n codes added</source>
        <translation>코드 %n개 추가</translation>
    </message>
    <message>
        <source>%n coder added</source>
        <translation>코더 %n명 추가</translation>
    </message>
    <message>
        <source>%n coders added</source>
        <translation>코더 %n명 추가</translation>
    </message>
    <message>
        <source>%n coding added ({present} already present)</source>
        <translation>코딩 %n개 추가(이미 있음 {present}개)</translation>
    </message>
    <message>
        <source>%n codings added ({present} already present)</source>
        <translation>코딩 %n개 추가(이미 있음 {present}개)</translation>
    </message>
    <message>
        <source>%n memo</source>
        <translation>메모 %n개</translation>
    </message>
    <message>
        <source>%n memos</source>
        <translation>메모 %n개</translation>
    </message>
    <message>
        <source>%n attribute value</source>
        <translation>속성 값 %n개</translation>
    </message>
    <message>
        <source>%n attribute values</source>
        <translation>속성 값 %n개</translation>
    </message>
    <message>
        <source>{fields} value fields and {values} typed values added</source>
        <translation>값 필드 {fields}개와 값 {values}개 추가</translation>
    </message>
    <message>
        <source>%n original and translation link added</source>
        <translation>원문–번역본 연결 %n개 추가</translation>
    </message>
    <message>
        <source>%n original and translation links added</source>
        <translation>원문–번역본 연결 %n개 추가</translation>
    </message>
    <message>
        <source>{first} (and %n more)</source>
        <translation>{first}(외 %n개)</translation>
    </message>
    <message>
        <source>positions counted in {convention}</source>
        <translation>위치 계산 방식: {convention}</translation>
    </message>
    <message>
        <source>{count} not imported {reasons}</source>
        <translation>{count}을(를) 가져오지 않음 {reasons}</translation>
    </message>
    <message>
        <source>%n item skipped</source>
        <translation>항목 %n개 건너뜀</translation>
    </message>
    <message>
        <source>%n items skipped</source>
        <translation>항목 %n개 건너뜀</translation>
    </message>
    <message>
        <source>%n conflict kept the project&apos;s version</source>
        <translation>충돌 %n개: 프로젝트의 것을 유지함</translation>
    </message>
    <message>
        <source>%n conflicts kept the project&apos;s version</source>
        <translation>충돌 %n개: 프로젝트의 것을 유지함</translation>
    </message>
    <message>
        <source>codebook: {added} codes added, {updated} updated, {fields} value fields added</source>
        <translation>코드북: 코드 {added}개 추가, {updated}개 갱신, 값 필드 {fields}개 추가</translation>
    </message>
    <message>
        <source>{n} names adjusted or fields left out</source>
        <translation>이름 조정 또는 필드 제외 {n}건</translation>
    </message>
    <message>
        <source>{n} conflicts kept the project&apos;s version</source>
        <translation>충돌 {n}개: 프로젝트의 것을 유지함</translation>
    </message>
    <message>
        <source>not a REFI-QDA file (expected .qdpx or .qdc)</source>
        <translation>REFI-QDA 파일이 아닙니다(.qdpx 또는 .qdc여야 합니다)</translation>
    </message>
    <message>
        <source>code {path!r} has two value-field notes; read the first</source>
        <translation>코드 {path!r}에 값 필드 노트가 두 개 있습니다. 첫 번째를 읽었습니다</translation>
    </message>
    <message>
        <source>{where}: coding {coding} has two values of one field; kept the first</source>
        <translation>{where}: 코딩 {coding}에 한 필드의 값이 두 개 있습니다. 첫 번째를 유지했습니다</translation>
    </message>
    <message>
        <source>two notes of original and translation links; read the first</source>
        <translation>원문과 번역본 연결 메모가 두 개 있어 첫 번째를 읽었습니다</translation>
    </message>
    <message>
        <source>{name!r} repeats another source&apos;s GUID; given a new one</source>
        <translation>{name!r}이(가) 다른 원본의 GUID를 반복합니다. 새 GUID를 부여했습니다</translation>
    </message>
    <message>
        <source>{count} value notes attached to nothing were left out</source>
        <translation>아무 데도 붙지 않은 값 노트 {count}개를 제외했습니다</translation>
    </message>
    <message>
        <source>{count} notes attached to nothing were added to the project memo</source>
        <translation>아무 데도 붙지 않은 노트 {count}개를 프로젝트 메모에 추가했습니다</translation>
    </message>
    <message>
        <source>{where}: variable {name!r} has two values; kept {values!r}</source>
        <translation>{where}: 변수 {name!r}의 값이 두 개입니다. {values!r}을(를) 유지했습니다</translation>
    </message>
    <message>
        <source>code {path!r} repeats the GUID of another code; given a new one</source>
        <translation>코드 {path!r}이(가) 다른 코드의 GUID를 반복합니다. 새 GUID를 부여했습니다</translation>
    </message>
    <message>
        <source>code {path!r} declares its value fields twice; kept the first</source>
        <translation>코드 {path!r}이(가) 값 필드를 두 번 선언합니다. 첫 번째를 유지했습니다</translation>
    </message>
    <message>
        <source>code name {name!r} under {parent!r} contains {problem}; fix it where the file was made</source>
        <translation>{parent!r} 아래의 코드 이름 {name!r}에 {problem}이(가) 있습니다. 파일을 만든 프로그램에서 고치세요</translation>
    </message>
    <message>
        <source>code name {name!r} contains {problem}; fix it where the file was made</source>
        <translation>코드 이름 {name!r}에 {problem}이(가) 있습니다. 파일을 만든 프로그램에서 고치세요</translation>
    </message>
    <message>
        <source>code name {name!r} contains &apos;/&apos;, shown as {fixed!r}</source>
        <translation>코드 이름 {name!r}에 &apos;/&apos;가 있어 {fixed!r}(으)로 표시합니다</translation>
    </message>
    <message>
        <source>two codes named {name!r} under {where}; the second is {name} ({n})</source>
        <translation>{where} 아래에 {name!r}(이)라는 코드가 두 개 있습니다. 두 번째는 {name} ({n})입니다</translation>
    </message>
    <message>
        <source>the codebook has no codes; there is nothing to export</source>
        <translation>코드북에 코드가 없습니다. 내보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>내보내기가 취소되었습니다. 파일을 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>파일을 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>refused: codebook file is too large (over 64 MB)</source>
        <translation>거부됨: 코드북 파일이 너무 큽니다(64 MB 초과)</translation>
    </message>
    <message>
        <source>not a REFI-QDA codebook (expected &lt;CodeBook&gt;&lt;Codes&gt;, found &lt;{local}&gt;)</source>
        <translation>REFI-QDA 코드북이 아닙니다(&lt;CodeBook&gt;&lt;Codes&gt;가 아니라 &lt;{local}&gt;이(가) 있음)</translation>
    </message>
    <message>
        <source>codebook nested too deeply</source>
        <translation>코드북의 중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <source>the codebook has no codes</source>
        <translation>코드북에 코드가 없습니다</translation>
    </message>
    <message>
        <source>{qde} is not a REFI-QDA project (no &lt;Project&gt; element)</source>
        <translation>{qde}은(는) REFI-QDA 프로젝트가 아닙니다(&lt;Project&gt; 요소 없음)</translation>
    </message>
    <message>
        <source>{qde} is not a REFI-QDA project (its root element is &lt;{local}&gt;)</source>
        <translation>{qde}은(는) REFI-QDA 프로젝트가 아닙니다(루트 요소가 &lt;{local}&gt;임)</translation>
    </message>
    <message>
        <source>project file is named {name!r} (standard: project.qde)</source>
        <translation>프로젝트 파일 이름이 {name!r}입니다(표준: project.qde)</translation>
    </message>
    <message>
        <source>not a REFI-QDA project package (no .qde file at its root)</source>
        <translation>REFI-QDA 프로젝트 패키지가 아닙니다(최상위에 .qde 파일 없음)</translation>
    </message>
    <message>
        <source>not a REFI-QDA project package (several .qde files: {names})</source>
        <translation>REFI-QDA 프로젝트 패키지가 아닙니다(.qde 파일이 여러 개: {names})</translation>
    </message>
    <message>
        <source>case {case!r}: its variables apply to no whole source</source>
        <translation>사례 {case!r}: 변수가 어떤 원본 전체에도 적용되지 않습니다</translation>
    </message>
    <message>
        <source>import cancelled; the project is unchanged</source>
        <translation>가져오기가 취소되었습니다. 프로젝트는 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{kind} {name!r}: only text sources can be imported</source>
        <translation>{kind} {name!r}: 텍스트 원본만 가져올 수 있습니다</translation>
    </message>
    <message>
        <source>{name!r}: {count} codings of the whole source kept as codings of all its text</source>
        <translation>{name!r}: 원본 전체에 대한 코딩 {count}개를 텍스트 전체의 코딩으로 유지했습니다</translation>
    </message>
    <message>
        <source>{label}: no text: {problem}</source>
        <translation>{label}: 텍스트 없음: {problem}</translation>
    </message>
    <message>
        <source>the project file is nested too deeply to read</source>
        <translation>프로젝트 파일의 중첩이 너무 깊어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the package is too large to read into memory</source>
        <translation>패키지가 너무 커서 메모리로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>file references without internal:// (first: {uri!r}) were read from the package&apos;s files</source>
        <translation>internal:// 없는 파일 참조(첫 번째: {uri!r})를 패키지 안의 파일에서 읽었습니다</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>{label}: text is not UTF-8; read as {encoding}</source>
        <translation>{label}: 텍스트가 UTF-8이 아니어서 {encoding}(으)로 읽었습니다</translation>
    </message>
    <message>
        <source>{label}: no plain text in the package; text taken from its {suffix} file</source>
        <translation>{label}: 패키지에 일반 텍스트가 없어 {suffix} 파일에서 텍스트를 가져왔습니다</translation>
    </message>
    <message>
        <source>refused: {label} declares a DTD or entities (not allowed in REFI-QDA files)</source>
        <translation>거부됨: {label}에 DTD나 엔터티 선언이 있습니다(REFI-QDA 파일에서는 허용되지 않음)</translation>
    </message>
    <message>
        <source>{label} is not well-formed XML ({reason})</source>
        <translation>{label}은(는) 올바른 형식의 XML이 아닙니다({reason})</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>not a REFI-QDA project package (not a readable zip archive)</source>
        <translation>REFI-QDA 프로젝트 패키지가 아닙니다(읽을 수 있는 zip 압축 파일이 아님)</translation>
    </message>
    <message>
        <source>refused: the package holds {count} files (limit {limit})</source>
        <translation>거부됨: 패키지에 파일이 {count}개 있습니다(한도 {limit}개)</translation>
    </message>
    <message>
        <source>refused: the package holds a file whose path leaves it ({name!r})</source>
        <translation>거부됨: 패키지 밖을 가리키는 경로의 파일이 있습니다({name!r})</translation>
    </message>
    <message>
        <source>refused: {name!r} in the package is encrypted</source>
        <translation>거부됨: 패키지 안의 {name!r}이(가) 암호화되어 있습니다</translation>
    </message>
    <message>
        <source>refused: {name!r} uses an unsupported zip compression</source>
        <translation>거부됨: {name!r}이(가) 지원하지 않는 zip 압축 방식을 씁니다</translation>
    </message>
    <message>
        <source>refused: {name!r} would inflate to {size} (limit {limit}; zip bomb?)</source>
        <translation>거부됨: {name!r}의 압축을 풀면 {size}이(가) 됩니다(한도 {limit}, zip 폭탄?)</translation>
    </message>
    <message>
        <source>refused: {name!r} would inflate {ratio:.0f} times (limit {limit:.0f}; zip bomb?)</source>
        <translation>거부됨: {name!r}의 압축을 풀면 {ratio:.0f}배로 커집니다(한도 {limit:.0f}배, zip 폭탄?)</translation>
    </message>
    <message>
        <source>refused: {name!r} is {size}; a file inside a package may be at most {limit}</source>
        <translation>거부됨: {name!r}의 크기가 {size}입니다. 패키지 안의 파일은 최대 {limit}까지 허용됩니다</translation>
    </message>
    <message>
        <source>refused: the package inflates past {size} (zip bomb?)</source>
        <translation>거부됨: 패키지의 압축을 풀면 {size}을(를) 넘습니다(zip 폭탄?)</translation>
    </message>
    <message>
        <source>refused: {name!r} inflates past its declared size or the {size} limit (zip bomb?)</source>
        <translation>거부됨: {name!r}의 압축을 풀면 선언된 크기나 {size} 한도를 넘습니다(zip 폭탄?)</translation>
    </message>
    <message>
        <source>refused: {name!r} inflates more than {limit:.0f} times (zip bomb?)</source>
        <translation>거부됨: {name!r}의 압축을 풀면 {limit:.0f}배보다 커집니다(zip 폭탄?)</translation>
    </message>
    <message>
        <source>{name!r} in the package is damaged ({exc})</source>
        <translation>패키지 안의 {name!r}이(가) 손상되었습니다({exc})</translation>
    </message>
    <message>
        <source>%n whose source text is missing</source>
        <translation>원본 텍스트 없음 %n개</translation>
    </message>
    <message>
        <source>%n did not fit their text</source>
        <translation>텍스트 범위를 벗어남 %n개</translation>
    </message>
    <message>
        <source>%n with a coding whose code is not in the codebook</source>
        <translation>코드북에 없는 코드의 코딩 %n개</translation>
    </message>
    <message>
        <source>%n empty</source>
        <translation>빈 선택 %n개</translation>
    </message>
    <message>
        <source>%n not on text (PDF areas, pictures, audio, video)</source>
        <translation>텍스트가 아닌 것 %n개(PDF 영역, 그림, 오디오, 비디오)</translation>
    </message>
    <message>
        <source>{dropped} of {total} selections</source>
        <translation>선택 {total}개 중 {dropped}개</translation>
    </message>
    <message>
        <source>({reasons})</source>
        <translation>({reasons})</translation>
    </message>
    <message>
        <source>Origin: {origin}</source>
        <translation>출처: {origin}</translation>
    </message>
    <message>
        <source>Origin: not stated</source>
        <translation>출처: 밝히지 않음</translation>
    </message>
    <message>
        <source>Positions: {convention} ({reason})</source>
        <translation>위치: {convention}({reason})</translation>
    </message>
    <message>
        <source>Not imported: {selection}</source>
        <translation>가져오지 않음: {selection}</translation>
    </message>
    <message>
        <source>Skipped: {item}</source>
        <translation>건너뜀: {item}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>참고: {note}</translation>
    </message>
    <message>
        <source>{count} cannot be imported {reasons}; nothing was imported</source>
        <translation>{count}을(를) 가져올 수 없습니다 {reasons}. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>code points, as the REFI-QDA standard counts</source>
        <translation>코드 포인트(REFI-QDA 표준 방식)</translation>
    </message>
    <message>
        <source>UTF-16 units with CRLF counting 2, as NVivo for Windows counts</source>
        <translation>UTF-16 단위, CRLF를 2로 셈(Windows용 NVivo 방식)</translation>
    </message>
    <message>
        <source>code points with CRLF counting 1, as ATLAS.ti counts</source>
        <translation>코드 포인트, CRLF를 1로 셈(ATLAS.ti 방식)</translation>
    </message>
    <message>
        <source>UTF-16 units with a line break counting 1</source>
        <translation>UTF-16 단위, 줄바꿈을 1로 셈</translation>
    </message>
    <message>
        <source>code points with a line break counting 2</source>
        <translation>코드 포인트, 줄바꿈을 2로 셈</translation>
    </message>
    <message>
        <source>UTF-16 units with a line break counting 2</source>
        <translation>UTF-16 단위, 줄바꿈을 2로 셈</translation>
    </message>
    <message>
        <source>written by {origin}</source>
        <translation>{origin}에서 작성됨</translation>
    </message>
    <message>
        <source>no selections</source>
        <translation>선택 영역 없음</translation>
    </message>
    <message>
        <source>all conventions agree on this file</source>
        <translation>이 파일에서는 모든 방식의 결과가 같음</translation>
    </message>
    <message>
        <source>the only convention that keeps every selection inside its text</source>
        <translation>모든 선택 영역이 텍스트 안에 들어가는 유일한 방식</translation>
    </message>
    <message>
        <source>keeps the most selections inside their text</source>
        <translation>가장 많은 선택 영역이 텍스트 안에 들어감</translation>
    </message>
    <message>
        <source>selection names match the text at those positions</source>
        <translation>선택 영역 이름이 해당 위치의 텍스트와 일치함</translation>
    </message>
    <message>
        <source>selections fall on word and line boundaries</source>
        <translation>선택 영역이 단어와 줄 경계에 맞음</translation>
    </message>
    <message>
        <source>the usual convention of {origin}</source>
        <translation>{origin}의 일반적인 방식</translation>
    </message>
    <message>
        <source>no evidence against the standard</source>
        <translation>표준 방식에 반하는 근거 없음</translation>
    </message>
    <message>
        <source>the original and translation links were left out (their note is not valid JSON)</source>
        <translation>원문과 번역본 연결을 가져오지 않았습니다(메모가 올바른 JSON이 아님)</translation>
    </message>
    <message>
        <source>the original and translation links were left out (their note is not in our form)</source>
        <translation>원문과 번역본 연결을 가져오지 않았습니다(메모 형식이 다름)</translation>
    </message>
    <message>
        <source>original and translation link #{number} was left out ({why})</source>
        <translation>원문과 번역본 연결 #{number}을(를) 가져오지 않았습니다({why})</translation>
    </message>
    <message>
        <source>original and translation link #{number} was left out (a translation has one original, and is not itself an original)</source>
        <translation>원문과 번역본 연결 #{number}을(를) 가져오지 않았습니다(번역본의 원문은 하나이며, 번역본이 원문이 될 수는 없음)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>객체가 아님</translation>
    </message>
    <message>
        <source>it does not name two sources</source>
        <translation>두 자료를 가리키지 않음</translation>
    </message>
    <message>
        <source>a source it names is not in the package or has no text</source>
        <translation>가리키는 자료가 패키지에 없거나 텍스트가 없음</translation>
    </message>
    <message>
        <source>the text of {name!r} is not the one its positions count in</source>
        <translation>{name!r}의 텍스트가 위치를 센 텍스트와 다름</translation>
    </message>
    <message>
        <source>it has no beads</source>
        <translation>정렬 단위가 없음</translation>
    </message>
    <message>
        <source>a bead does not fit the two texts: {bead}</source>
        <translation>정렬 단위가 두 텍스트에 맞지 않음: {bead}</translation>
    </message>
</context>
<context>
    <name>CoreSearch</name>
    <message>
        <source>word search needs the Korean analyzer ({package}): {reason}</source>
        <translation>어형 검색에는 한국어 분석기({package})가 필요합니다: {reason}</translation>
    </message>
    <message>
        <source>word search needs the Chinese word segmenter ({package}): {reason}</source>
        <translation>어형 검색에는 중국어 분절기({package})가 필요합니다: {reason}</translation>
    </message>
    <message>
        <source>it is not installed</source>
        <translation>설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>{query!r} has no word to search for</source>
        <translation>{query!r}에는 검색할 단어가 없습니다</translation>
    </message>
    <message>
        <source>give something to search for</source>
        <translation>검색할 내용을 입력하세요</translation>
    </message>
    <message>
        <source>unknown search mode {mode!r} (one of {modes})</source>
        <translation>알 수 없는 검색 방식 {mode!r}({modes} 중 하나)</translation>
    </message>
    <message>
        <source>indexing was cancelled</source>
        <translation>색인 작성이 취소되었습니다</translation>
    </message>
</context>
<context>
    <name>CoreStore</name>
    <message>
        <source>no case with id {guid}</source>
        <translation>ID가 {guid}인 사례가 없습니다</translation>
    </message>
    <message>
        <source>encrypted projects need the &apos;sqlcipher3-wheels&apos; package (pip install sqlcipher3-wheels)</source>
        <translation>암호화된 프로젝트에는 &apos;sqlcipher3-wheels&apos; 패키지가 필요합니다(pip install sqlcipher3-wheels)</translation>
    </message>
    <message>
        <source>wrong passphrase, or not an encrypted project</source>
        <translation>암호 문구가 틀렸거나 암호화된 프로젝트가 아닙니다</translation>
    </message>
    <message>
        <source>no coding with id {guid}</source>
        <translation>ID가 {guid}인 코딩이 없습니다</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>프로젝트 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>파일을 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>empty file (0 bytes), not a project</source>
        <translation>빈 파일(0바이트)이며 프로젝트가 아닙니다</translation>
    </message>
    <message>
        <source>not a Testimony Annotator project (not an SQLite file; if it is an encrypted project, give its passphrase)</source>
        <translation>Testimony Annotator 프로젝트가 아닙니다(SQLite 파일이 아님. 암호화된 프로젝트라면 암호 문구를 지정하세요)</translation>
    </message>
    <message>
        <source>not a Testimony Annotator project (not an SQLite file)</source>
        <translation>Testimony Annotator 프로젝트가 아닙니다(SQLite 파일이 아님)</translation>
    </message>
    <message>
        <source>the project file is truncated (damaged)</source>
        <translation>프로젝트 파일이 잘렸습니다(손상됨)</translation>
    </message>
    <message>
        <source>the project file is damaged ({first})</source>
        <translation>프로젝트 파일이 손상되었습니다({first})</translation>
    </message>
    <message>
        <source>an SQLite database of another application, not a Testimony Annotator project</source>
        <translation>다른 응용 프로그램의 SQLite 데이터베이스이며, Testimony Annotator 프로젝트가 아닙니다</translation>
    </message>
    <message>
        <source>written by a newer version of Testimony Annotator (schema {version}; this version reads up to {newest}) — please update the program</source>
        <translation>더 새로운 버전의 Testimony Annotator로 저장되었습니다(스키마 {version}, 이 버전은 {newest}까지 읽음) — 프로그램을 업데이트하세요</translation>
    </message>
    <message>
        <source>unsupported project schema version {version}</source>
        <translation>지원하지 않는 프로젝트 스키마 버전 {version}입니다</translation>
    </message>
    <message>
        <source>upgrading to schema {schema} would leave a broken reference in {broken}; nothing was changed (the old file is kept as {name})</source>
        <translation>스키마 {schema}(으)로 올리면 {broken}에 깨진 참조가 남습니다. 아무것도 바꾸지 않았습니다(이전 파일은 {name}(으)로 보관됨)</translation>
    </message>
    <message>
        <source>is on a read-only disk or in a folder you cannot write to: open it read-only (the app offers it; commands such as info and export only read), or copy it to a writable folder to code in it</source>
        <translation>읽기 전용 디스크나 쓸 수 없는 폴더에 있습니다. 읽기 전용으로 열거나(앱에서 제안합니다. info, export 같은 명령은 읽기만 합니다), 코딩하려면 쓸 수 있는 폴더로 복사하세요</translation>
    </message>
    <message>
        <source>holds changes from an interrupted session in {name}-wal and is on a read-only disk or folder: copy the project together with that file to a writable folder to open it</source>
        <translation>중단된 세션의 변경 내용이 {name}-wal에 있는데 읽기 전용 디스크나 폴더에 있습니다. 열려면 프로젝트를 그 파일과 함께 쓸 수 있는 폴더로 복사하세요</translation>
    </message>
    <message>
        <source>an older project that must be upgraded; open it for writing first</source>
        <translation>업그레이드해야 하는 이전 프로젝트입니다. 먼저 쓰기 모드로 여세요</translation>
    </message>
    <message>
        <source>was replaced by another program while opening it; try again</source>
        <translation>여는 동안 다른 프로그램이 파일을 바꾸었습니다. 다시 시도하세요</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translation>이미 있습니다. 다른 이름을 선택하세요</translation>
    </message>
    <message>
        <source>cannot create the file ({reason})</source>
        <translation>파일을 만들 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>cannot create the file ({exc})</source>
        <translation>파일을 만들 수 없습니다({exc})</translation>
    </message>
    <message>
        <source>the encrypted copy did not verify</source>
        <translation>암호화한 사본 검증에 실패했습니다</translation>
    </message>
    <message>
        <source>the project built in memory did not verify ({problem})</source>
        <translation>메모리에서 만든 프로젝트 검증에 실패했습니다({problem})</translation>
    </message>
    <message>
        <source>is already open in another window: {holder}</source>
        <translation>이미 다른 창에서 열려 있습니다: {holder}</translation>
    </message>
    <message>
        <source>no coder with id {guid}</source>
        <translation>ID가 {guid}인 코더가 없습니다</translation>
    </message>
    <message>
        <source>several coders match {name!r} ({names}); give the name exactly</source>
        <translation>{name!r}에 해당하는 코더가 여럿입니다({names}). 이름을 정확히 지정하세요</translation>
    </message>
    <message>
        <source>a coder needs a name (it was empty)</source>
        <translation>코더에는 이름이 필요합니다(비어 있었습니다)</translation>
    </message>
    <message>
        <source>no coder named {cleaned!r} in this project (its coders: {known})</source>
        <translation>이 프로젝트에 {cleaned!r}(이)라는 코더가 없습니다(코더: {known})</translation>
    </message>
    <message>
        <source>no document with id {guid}</source>
        <translation>ID가 {guid}인 문서가 없습니다</translation>
    </message>
    <message>
        <source>no code with id {guid}</source>
        <translation>ID가 {guid}인 코드가 없습니다</translation>
    </message>
    <message>
        <source>is in use by another program, which kept it locked for more than 5 seconds (an encryption, a restore or a long import); try again when it has finished</source>
        <translation>다른 프로그램이 사용 중이며 5초 넘게 잠가 두었습니다(암호화, 복원 또는 긴 가져오기). 그 작업이 끝나면 다시 시도하세요</translation>
    </message>
    <message>
        <source>the disk is full: this change was not saved (everything saved before is safe); free some space and try again</source>
        <translation>디스크가 가득 찼습니다. 이 변경은 저장되지 않았습니다(이전에 저장된 것은 모두 안전합니다). 공간을 확보한 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <source>cannot be written here (a read-only disk or folder): open it read-only, or copy it to a writable folder</source>
        <translation>여기에는 쓸 수 없습니다(읽기 전용 디스크나 폴더). 읽기 전용으로 열거나 쓸 수 있는 폴더로 복사하세요</translation>
    </message>
    <message>
        <source>the project file is damaged ({exc})</source>
        <translation>프로젝트 파일이 손상되었습니다({exc})</translation>
    </message>
    <message>
        <source>a disk error stopped this change (the disk may be full, removed or failing); everything saved before is safe</source>
        <translation>디스크 오류로 이 변경이 중단되었습니다(디스크가 가득 찼거나, 분리되었거나, 고장 났을 수 있습니다). 이전에 저장된 것은 모두 안전합니다</translation>
    </message>
    <message>
        <source>cannot open the file ({exc})</source>
        <translation>파일을 열 수 없습니다({exc})</translation>
    </message>
    <message>
        <source>the project could not be used ({exc})</source>
        <translation>프로젝트를 사용할 수 없습니다({exc})</translation>
    </message>
    <message>
        <source>refused: {problem}, which Testimony Annotator never writes: another program changed the file (it can still be opened read-only (annotator audit verify says what changed))</source>
        <translation>거부됨: {problem}. Testimony Annotator는 이런 것을 쓰지 않으므로 다른 프로그램이 파일을 바꾼 것입니다(읽기 전용으로는 열 수 있습니다(무엇이 바뀌었는지는 annotator audit verify로 확인))</translation>
    </message>
    <message>
        <source>refused: {problem}, which Testimony Annotator never writes: another program changed the file (open a backup, or ask who sent it)</source>
        <translation>거부됨: {problem}. Testimony Annotator는 이런 것을 쓰지 않으므로 다른 프로그램이 파일을 바꾼 것입니다(백업을 열거나 파일을 보낸 사람에게 물어보세요)</translation>
    </message>
    <message>
        <source>it holds an index {name} on table {table}</source>
        <translation>테이블 {table}에 인덱스 {name}이(가) 있음</translation>
    </message>
    <message>
        <source>it holds a trigger {name} on table {table}</source>
        <translation>테이블 {table}에 트리거 {name}이(가) 있음</translation>
    </message>
    <message>
        <source>it holds a view {name}</source>
        <translation>뷰 {name}이(가) 있음</translation>
    </message>
    <message>
        <source>its index {name} was rewritten</source>
        <translation>인덱스 {name}이(가) 다시 작성됨</translation>
    </message>
    <message>
        <source>its trigger {name} was rewritten</source>
        <translation>트리거 {name}이(가) 다시 작성됨</translation>
    </message>
    <message>
        <source>its view {name} was rewritten</source>
        <translation>뷰 {name}이(가) 다시 작성됨</translation>
    </message>
    <message>
        <source>its table {name} was rewritten</source>
        <translation>테이블 {name}이(가) 다시 작성됨</translation>
    </message>
    <message>
        <source>refused: {what} took more than {steps:,} steps (a hostile or damaged file?)</source>
        <translation>거부됨: {what}에 {steps:,}단계 넘게 걸렸습니다(악의적이거나 손상된 파일?)</translation>
    </message>
    <message>
        <source>reading its schema</source>
        <translation>스키마 읽기</translation>
    </message>
    <message>
        <source>its schema holds more than {limit} entries</source>
        <translation>스키마 항목이 {limit}개를 넘음</translation>
    </message>
    <message>
        <source>its schema holds an entry larger than {limit} KB</source>
        <translation>스키마에 {limit} KB보다 큰 항목이 있음</translation>
    </message>
    <message>
        <source>its schema table holds an entry that is not text</source>
        <translation>스키마 테이블에 텍스트가 아닌 항목이 있음</translation>
    </message>
    <message>
        <source>its table {name} is a {kind}</source>
        <translation>테이블 {name}이(가) {kind}임</translation>
    </message>
    <message>
        <source>{name} is a virtual table</source>
        <translation>{name}이(가) 가상 테이블임</translation>
    </message>
    <message>
        <source>its table {name} is missing</source>
        <translation>테이블 {name}이(가) 없음</translation>
    </message>
    <message>
        <source>its table {name} has a computed column {column}</source>
        <translation>테이블 {name}에 계산 열 {column}이(가) 있음</translation>
    </message>
    <message>
        <source>its table {name} lacks the column {column}</source>
        <translation>테이블 {name}에 열 {column}이(가) 없음</translation>
    </message>
    <message>
        <source>it holds an unknown SQLite table {name}</source>
        <translation>알 수 없는 SQLite 테이블 {name}이(가) 있음</translation>
    </message>
    <message>
        <source>no value field with id {guid}</source>
        <translation>ID가 {guid}인 값 필드가 없습니다</translation>
    </message>
</context>
<context>
    <name>CoreTranslations</name>
    <message>
        <source>{document!r} and {other!r} are not linked</source>
        <translation>{document!r}와(과) {other!r}은(는) 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>a document cannot be its own translation</source>
        <translation>문서는 자기 자신의 번역본이 될 수 없습니다</translation>
    </message>
    <message>
        <source>{name!r} is already linked as the translation of {original!r}</source>
        <translation>{name!r}은(는) 이미 {original!r}의 번역본으로 연결되어 있습니다</translation>
    </message>
    <message>
        <source>{name!r} is itself a translation; link the translation to its original</source>
        <translation>{name!r}은(는) 그 자체가 번역본입니다. 번역본을 원문에 연결하세요</translation>
    </message>
    <message>
        <source>{name!r} has translations of its own, so it is an original</source>
        <translation>{name!r}에는 번역본이 있으므로 원문입니다</translation>
    </message>
    <message>
        <source>{name!r} is not linked as a translation</source>
        <translation>{name!r}은(는) 번역본으로 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>nothing aligned there: the passage is already unaligned</source>
        <translation>그곳에는 정렬된 것이 없습니다. 이 구절은 이미 미정렬 상태입니다</translation>
    </message>
    <message>
        <source>nothing is aligned with this passage on the other side; link the passages first</source>
        <translation>반대쪽에 이 구절과 정렬된 것이 없습니다. 먼저 구절을 서로 연결하세요</translation>
    </message>
</context>
<context>
    <name>CoreValues</name>
    <message>
        <source>unknown value kind {kind!r}; use one of {kinds}</source>
        <translation>알 수 없는 값 종류 {kind!r}입니다. {kinds} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>a value field needs a name</source>
        <translation>값 필드에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>the choice field {name!r} needs its list of choices</source>
        <translation>선택 필드 {name!r}에는 선택지 목록이 필요합니다</translation>
    </message>
    <message>
        <source>{currency} per night</source>
        <translation>{currency}(1박당)</translation>
    </message>
    <message>
        <source>{currency} per client</source>
        <translation>{currency}(손님당)</translation>
    </message>
    <message>
        <source>{currency} per time</source>
        <translation>{currency}(1회당)</translation>
    </message>
    <message>
        <source>{currency} per hour</source>
        <translation>{currency}(시간당)</translation>
    </message>
    <message>
        <source>{currency} per day</source>
        <translation>{currency}(하루당)</translation>
    </message>
    <message>
        <source>{currency} per week</source>
        <translation>{currency}(주당)</translation>
    </message>
    <message>
        <source>{currency} per month</source>
        <translation>{currency}(월당)</translation>
    </message>
    <message>
        <source>{currency} per year</source>
        <translation>{currency}(연당)</translation>
    </message>
    <message>
        <source>{amount} {currency} per night</source>
        <translation>1박에 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per client</source>
        <translation>손님당 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per time</source>
        <translation>1회에 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per hour</source>
        <translation>시간당 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per day</source>
        <translation>하루에 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per week</source>
        <translation>주당 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per month</source>
        <translation>월 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per year</source>
        <translation>연 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} day</source>
        <translation>{amount}일</translation>
    </message>
    <message>
        <source>{amount} days</source>
        <translation>{amount}일</translation>
    </message>
    <message>
        <source>{amount} week</source>
        <translation>{amount}주</translation>
    </message>
    <message>
        <source>{amount} weeks</source>
        <translation>{amount}주</translation>
    </message>
    <message>
        <source>{amount} month</source>
        <translation>{amount}개월</translation>
    </message>
    <message>
        <source>{amount} months</source>
        <translation>{amount}개월</translation>
    </message>
    <message>
        <source>{amount} year</source>
        <translation>{amount}년</translation>
    </message>
    <message>
        <source>{amount} years</source>
        <translation>{amount}년</translation>
    </message>
    <message>
        <source>{name}: give a value (or skip it)</source>
        <translation>{name}: 값을 입력하세요(또는 건너뛰세요)</translation>
    </message>
    <message>
        <source>{name}: {text!r} gives no figure; type the number or a range (e.g. 200-900)</source>
        <translation>{name}: {text!r}에는 수치가 없습니다. 숫자나 범위를 입력하세요(예: 200-900)</translation>
    </message>
    <message>
        <source>{name}: {text!r} is not {expected}</source>
        <translation>{name}: {text!r}은(는) {expected}이(가) 아닙니다</translation>
    </message>
    <message>
        <source>an amount with a currency (e.g. 25000 CNY, 400-500 yuan per night)</source>
        <translation>통화가 붙은 금액(예: 25000 CNY, 400-500 yuan per night)</translation>
    </message>
    <message>
        <source>an age in years or a range (e.g. 19, 12-29, about 20)</source>
        <translation>나이(세) 또는 범위(예: 19, 12-29, about 20)</translation>
    </message>
    <message>
        <source>a date, a month or a year, or a range (e.g. 2012-03-15, March 2012, 2010-2012)</source>
        <translation>날짜, 월, 연도 또는 범위(예: 2012-03-15, March 2012, 2010-2012)</translation>
    </message>
    <message>
        <source>a length of time (e.g. 3 months, 2 years, 10 days)</source>
        <translation>기간(예: 3 months, 2 years, 10 days)</translation>
    </message>
    <message>
        <source>a place name</source>
        <translation>지명</translation>
    </message>
    <message>
        <source>a whole number or a range (e.g. 3, 2-3)</source>
        <translation>정수 또는 범위(예: 3, 2-3)</translation>
    </message>
    <message>
        <source>one of the field&apos;s choices</source>
        <translation>필드의 선택지 중 하나</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>{name}: give the currency too (e.g. {fmt} CNY)</source>
        <translation>{name}: 통화도 입력하세요(예: {fmt} CNY)</translation>
    </message>
    <message>
        <source>{name}: an age is a whole number of years from 0 to {limit}</source>
        <translation>{name}: 나이는 0부터 {limit}까지의 정수(세)입니다</translation>
    </message>
    <message>
        <source>{name}: a count is a whole number (or a range of them)</source>
        <translation>{name}: 개수는 정수(또는 정수 범위)입니다</translation>
    </message>
    <message>
        <source>{name}: give the unit too (e.g. {fmt} months)</source>
        <translation>{name}: 단위도 입력하세요(예: {fmt} months)</translation>
    </message>
    <message>
        <source>{year} is not a year this program takes ({first}–{last})</source>
        <translation>{year}은(는) 이 프로그램이 받는 연도가 아닙니다({first}–{last})</translation>
    </message>
    <message>
        <source>month {month} does not exist</source>
        <translation>{month}월은 없습니다</translation>
    </message>
    <message>
        <source>{year:04d}-{month:02d} has no day {day}</source>
        <translation>{year:04d}-{month:02d}에는 {day}일이 없습니다</translation>
    </message>
    <message>
        <source>{name}: the range ends before it starts ({first} – {last})</source>
        <translation>{name}: 범위의 끝이 시작보다 앞섭니다({first} – {last})</translation>
    </message>
    <message>
        <source>{name}: choose one of: {choices}</source>
        <translation>{name}: 다음 중 하나를 선택하세요: {choices}</translation>
    </message>
</context>
<context>
    <name>CoreWarnings</name>
    <message>
        <source>no content warning named {name!r} (the project has: none)</source>
        <translation>{name!r}(이)라는 내용 경고가 없습니다(프로젝트에 내용 경고 없음)</translation>
    </message>
    <message>
        <source>no content warning named {name!r} (the project has: {known})</source>
        <translation>{name!r}(이)라는 내용 경고가 없습니다(프로젝트에 있는 것: {known})</translation>
    </message>
    <message>
        <source>the project already has a content warning named {name!r}</source>
        <translation>프로젝트에 이미 {name!r}(이)라는 내용 경고가 있습니다</translation>
    </message>
    <message>
        <source>no content warning named {name!r}</source>
        <translation>{name!r}(이)라는 내용 경고가 없습니다</translation>
    </message>
    <message>
        <source>no document with id {guid}</source>
        <translation>ID가 {guid}인 문서가 없습니다</translation>
    </message>
    <message>
        <source>no code with id {guid}</source>
        <translation>ID가 {guid}인 코드가 없습니다</translation>
    </message>
    <message>
        <source>a content warning needs a name</source>
        <translation>내용 경고에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>a content warning&apos;s name has at most {limit} characters</source>
        <translation>내용 경고의 이름은 최대 {limit}자입니다</translation>
    </message>
    <message>
        <source>a content warning&apos;s name cannot hold control characters</source>
        <translation>내용 경고의 이름에는 제어 문자를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a content warning&apos;s description has at most {limit} characters</source>
        <translation>내용 경고의 설명은 최대 {limit}자입니다</translation>
    </message>
</context>
</TS>
