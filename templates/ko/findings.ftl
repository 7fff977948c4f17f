<#ftl output_format="XML" strip_whitespace=true>
<#--
  분석 결과 문장(국문). 모형별로 호출할 수 있다. 모든 수치와 이름은 fx(분석 결과와 설정의 표시 이름)에서
  가져오고, 이 매크로는 표현만 고른다. 연구 주제를 가정하지 않는다: 변수는 설정의 표시 이름으로, 패널
  개체·시점·관측 단위는 labels.unit, labels.period, labels.observation으로 부르며, 없으면 중립적인
  말을 쓴다.

  효과 문장의 형태는 모형을 따른다(Facts.Effect#form 참조): 로그 설명변수와 로그(또는 가산) 종속변수는
  탄력성, 로그 종속변수는 단위당 %, 로그 설명변수는 1%당 종속변수 단위, 가산 모형은 발생률비를 %로,
  0/1 설명변수는 두 집단의 차이로 쓴다. 유의확률이 유의성을 말하므로 말로 되풀이하지 않는다. 조사는
  fx.particle이 앞말(괄호 안은 건너뛰고 숫자는 한글로 읽어)에 맞춰 붙인다.

  결과 블록에서 쓰는 매크로와 함수:
    headline(candidates[, author])  중심 모형과 그 이유(.model, .name, .reason)
    <@modelFindings model/>         효과마다 한 문장씩 목록으로
    <@keyFinding model/>            유의한 양(+)·음(−)의 효과를 한 문장으로
    <@testFinding t/>               설정 검정 한 건과 그 의미
    modelSentence(model)            모형이 무엇을 무엇으로 설명하는지와 관측치 수
-->

<#-- A variable or term as a noun inside a sentence, from its label. -->
<#function noun name>
  <#return fx.noun(name)>
</#function>

<#function pText p>
  <#return "p" + fx.pClause(p)?replace(" ", "")>
</#function>

<#function subject name>
  <#return fx.particle(name, "이/가")>
</#function>

<#-- "재정자주도가 1%p 상승하면", "연구원 수가 1단위 증가하면", "소득이 1% 증가하면" -->
<#function change e>
  <#if e.form == "elasticity" || e.form == "levelLog"><#return subject(e.noun) + " 1% 증가하면"></#if>
  <#if e.unitText?has_content>
    <#return subject(e.noun) + " " + fx.integer(e.step) + e.unitText + " 상승하면">
  </#if>
  <#return subject(e.noun) + " " + fx.integer(e.step) + "단위 증가하면">
</#function>

<#-- 추정치의 종류: 탄력성, 발생률비 또는 계수. -->
<#function statText e>
  <#if e.form == "elasticity"><#return "탄력성 " + e.coefText></#if>
  <#if e.hasIrr>
    <#if e.step != 1 && e.significant><#return "발생률비 " + e.stepIrrText + "(" + fx.integer(e.step) + "단위 기준)"></#if>
    <#return "발생률비 " + e.irrText>
  </#if>
  <#return "계수 " + e.coefText>
</#function>

<#-- 목록에서 부르는 설명변수 이름: 요인의 수준은 밝힌다. -->
<#function termName e>
  <#if e.factor><#return e.noun + "(" + e.dummyLevel + ")"></#if>
  <#return e.noun>
</#function>

<#-- 효과 하나에 대한 문장. -->
<#-- brief: 요약 상자처럼 개조식(…남, …않았음)으로 끝맺는다. -->
<#macro effect e brief=false>
  <#local found = brief?then("나타남", "나타났다")>
  <#if !e.significant>
    ${fx.particle(termName(e), "과/와")} ${e.dependentNoun}의 관계는 통계적으로 유의하지 않은 것으로 ${found}(${statText(e)}, ${pText(e.p)}).
  <#elseif e.form?ends_with("Dummy")>
    <#if e.percent>
      ${subject(e.noun)} ${e.dummyLevel}인 경우 <#if e.factor && e.referenceLevel?has_content>${e.referenceLevel}인 경우보다<#elseif e.factor>기준 범주보다<#else>0인 경우보다</#if> ${subject(e.dependentNoun)} 약 ${e.sizeText}% ${e.positive?then("높은", "낮은")} 것으로 ${found}(${statText(e)}, ${pText(e.p)}).
    <#else>
      ${subject(e.noun)} ${e.dummyLevel}인 경우 <#if e.factor && e.referenceLevel?has_content>${e.referenceLevel}인 경우보다<#elseif e.factor>기준 범주보다<#else>0인 경우보다</#if> ${subject(e.dependentNoun)} ${e.sizeText}${e.dependentUnitText?has_content?then(e.dependentUnitText, "만큼")} ${e.positive?then("높은", "낮은")} 것으로 ${found}(${statText(e)}, ${pText(e.p)}).
    </#if>
  <#elseif e.percent>
    ${change(e)} ${subject(e.dependentNoun)} 약 ${e.sizeText}% ${e.positive?then("증가하는", "감소하는")} 것으로 ${found}(${statText(e)}, ${pText(e.p)}).
  <#else>
    ${change(e)} ${subject(e.dependentNoun)} ${e.sizeText}${e.dependentUnitText?has_content?then(e.dependentUnitText, "만큼")} ${e.positive?then("높아지는", "낮아지는")} 것으로 ${found}(${statText(e)}, ${pText(e.p)}).
  </#if>
</#macro>

<#-- 이름 목록을 "가, 나 및 다" 형태로 잇는다. -->
<#function join names>
  <#if names?size == 0><#return ""></#if>
  <#if names?size == 1><#return names[0]></#if>
  <#return names[0..names?size - 2]?join(", ") + " 및 " + names?last>
</#function>

<#-- 5% 수준에서 유의하고 부호가 주어진 방향인 설명변수의 이름. -->
<#function significantTerms model positive>
  <#local out = []>
  <#list fx.effects(model) as e>
    <#if e.level gt 0 && e.level lte 5 && e.positive == positive><#local out = out + [termName(e)]></#if>
  </#list>
  <#return out>
</#function>

<#-- 5% 수준에서 유의하지 않은 설명변수의 이름. -->
<#function insignificantTerms model>
  <#local out = []>
  <#list fx.effects(model) as e>
    <#if e.level == 0 || e.level gt 5><#local out = out + [termName(e)]></#if>
  </#list>
  <#return out>
</#function>

<#-- 한 모형의 유의한 양(+)·음(−)의 효과와 나머지를 한 문장으로. -->
<#macro keyFinding model brief=false>
  <#local m = fx.model(model)>
  <#local dep = fx.noun(m.dependent)>
  <#local pos = significantTerms(model, true)>
  <#local neg = significantTerms(model, false)>
  <#local rest = insignificantTerms(model)>
  <#local withDep = fx.particle(dep, "과/와")>
  <#if pos?has_content && neg?has_content>
    <#local main = fx.particle(join(pos), "은/는") + " " + withDep + " 양(+)의 관계를, " + fx.particle(join(neg), "은/는") + " 음(−)의 관계를 보였">
  <#elseif pos?has_content>
    <#local main = fx.particle(join(pos), "은/는") + " " + withDep + " 유의한 양(+)의 관계를 보였">
  <#elseif neg?has_content>
    <#local main = fx.particle(join(neg), "은/는") + " " + withDep + " 유의한 음(−)의 관계를 보였">
  <#else>
    <#local main = "5% 수준에서 유의한 효과를 보인 설명변수는 없었">
  </#if>
  ${fx.modelName(model)} 모형에서 ${main}<#if rest?has_content>으며, ${join(rest)}의 효과는 5% 수준에서 유의하지 않았${brief?then("음", "다")}.<#else>${brief?then("음", "다")}.</#if>
</#macro>

<#-- 모형의 효과마다 한 문장씩 목록으로. -->
<#macro modelFindings model>
  <ul>
    <#list fx.effects(model) as e>
      <li><@effect e/></li>
    </#list>
  </ul>
</#macro>

<#-- 같은 종속변수의 모형들(candidates) 가운데 결과를 중심으로 기술할 모형: 연구진의 선택(인자 또는
     설정의 report.headline), 없으면 검정 결과. -->
<#function headline candidates author="">
  <#return fx.headlineModel(candidates, author?has_content?then(author, fx.authorHeadline(candidates)))>
</#function>

<#-- 모형을 설명할 때의 설명변수 이름: 로그 변수는 그렇게 밝힌다. -->
<#function regressor name>
  <#if fx.isLog(name)><#return fx.noun(name) + "의 로그값"></#if>
  <#return fx.noun(name)>
</#function>

<#-- "소득을 가, 나 및 다로 설명하며, 관측치는 816개이다." -->
<#function modelSentence model>
  <#local m = fx.model(model)>
  <#return "종속변수 " + fx.particle(regressor(m.dependent), "을/를") + " " + fx.particle(join(m.regressors?map(t -> regressor(t))), "으로/로") + " 설명하며, 분석에는 " + fx.particle(fx.observations(m.nobs), "을/를") + " 사용하였다.">
</#function>

<#-- 설정 검정이 5% 수준에서 기각할 때와 기각하지 못할 때의 의미. -->
<#function testMeaning name rejected>
  <#local u = fx.unitWord()>
  <#local meanings = {
    "hausman": ["${u} 효과가 설명변수와 상관되어 있어 고정효과 추정량만 일치성을 가진다",
                "${u} 효과와 설명변수가 상관되어 있다는 근거가 없어, 확률효과 추정량도 일치성을 가지며 고정효과 추정량보다 효율적이다"],
    "breuschPaganLm": ["${u} 효과의 분산이 0보다 커 합동 OLS 모형은 적절하지 않다",
                         "${u} 효과의 분산이 확인되지 않아 합동 OLS 모형으로 충분하다"],
    "modifiedWaldGroupwiseHeteroskedasticity": ["오차의 분산이 ${u}마다 다르다", "오차의 분산이 같다는 가설을 기각할 수 없다"],
    "wooldridgeSerialCorrelation": ["오차에 1계 자기상관이 있다", "1계 자기상관이 확인되지 않는다"],
    "lrAlphaZero": ["종속변수에 과대산포가 있어 포아송 모형은 추정치의 불확실성을 과소평가한다", "과대산포가 확인되지 않는다"],
    "lrVsNb2": ["과대산포가 설명변수에 따라 다르다", "과대산포가 일정하다는 가설을 기각할 수 없다"],
    "fAllUiZero": ["${u} 효과가 모두 0이라는 가설이 기각된다", "${u} 효과가 모두 0이라는 가설을 기각할 수 없다"],
    "fSlopes": ["설명변수들이 전체적으로 유의하다", "설명변수들이 전체적으로 유의하지 않다"],
    "waldSlopes": ["설명변수들이 전체적으로 유의하다", "설명변수들이 전체적으로 유의하지 않다"],
    "lrVsConstantOnly": ["설명변수들이 전체적으로 유의하다", "설명변수들이 전체적으로 유의하지 않다"]
  }>
  <#if meanings[name]??><#return meanings[name][rejected?then(0, 1)]></#if>
  <#return rejected?then("5% 수준에서 귀무가설이 기각된다", "5% 수준에서 귀무가설을 기각할 수 없다")>
</#function>

<#-- 설정 검정 한 건: 수치와 그 의미. -->
<#macro testFinding t>
  ${t.sentenceName} 결과 검정통계량은 ${t.statisticText}<#if t.df?has_content>(자유도 ${t.df})</#if>, 유의확률은 ${fx.particle(pText(t.p), "으로/로")} 나타나 ${testMeaning(t.name, t.level gt 0 && t.level lte 5)}.
</#macro>

<#-- 연구진이 기각·비기각의 의미를 직접 쓰는 검정 문장. -->
<#macro testSentence t rejected kept>
  ${t.sentenceName} 결과 검정통계량은 ${t.statisticText}<#if t.df?has_content>(자유도 ${t.df})</#if>, 유의확률은 ${fx.particle(pText(t.p), "으로/로")} <#if t.level gt 0 && t.level lte 5>${rejected}<#else>${kept}</#if>
</#macro>

<#-- 정책과제의 근거 목록: 각 주장, 분석 결과 수치, 충족 여부. -->
<#-- 정책과제의 근거를 표로: 제4장이 제시한 효과(가산모형은 %, 선형모형은 결과변수 단위, fx.effect)와
  그 효과를 제시한 표. 워드 문서의 상자에는 표를 넣을 수 없으므로 표는 상자 다음에 둔다. -->
<#macro evidenceTable r label tables source="">
<#-- 표 열은 보고서의 표를 가리킨다. 그런 표가 없는 문서(지역 브리프)에서는 열을 두지 않는다. -->
<#local linked = false>
<#list r.evidence as o><#if (tables[o.model?has_content?then(o.model, o.survey)]!"")?has_content><#local linked = true></#if></#list>
<table kind="static" id="tbl-evidence-${r.id}" caption="${label} ${r.number}의 분석 근거" sheet="evidence-${r.number}"<#if source?has_content> source="${source}"</#if>>
<tr><th>근거</th><th>분석 결과</th><#if linked><th>표</th></#if></tr>
<#list r.evidence as o>
<tr><td><#if !o.model?has_content>${o.subject + " – 설문조사"}<#elseif o.found>${o.subject + " – " + fx.modelName(o.model)}<#else>${o.subject}</#if></td><td>${evidenceEffect(o)}</td><#if linked><td><#local t = tables[o.model?has_content?then(o.model, o.survey)]!""><#if t?has_content><ref to="${t}"/><#else>–</#if></td></#if></tr>
</#list>
</table>
</#macro>

<#-- "1%p 상승 시 +3.0%(p<0.001)", 설문 항목은 보리치 순위. -->
<#function evidenceEffect o>
  <#if !o.found || !o.model?has_content><#return o.actual></#if>
  <#local e = fx.effect(o.model, o.equation, o.term)>
  <#local unit = e.percent?then("%", e.dependentUnitText)>
  <#local per = "">
  <#if e.form == "elasticity" || e.form == "levelLog"><#local per = "1% 증가 시 ">
  <#elseif e.form?ends_with("Dummy")><#local per = e.dummyLevel + "인 경우 ">
  <#elseif e.unitText?has_content><#local per = fx.integer(e.step) + e.unitText + " 상승 시 ">
  <#else><#local per = fx.integer(e.step) + "단위 증가 시 ">
  </#if>
  <#return per + e.positive?then("+", "\x2212") + e.sizeText + unit + "(" + pText(e.p) + (e.significant?then("", ", 유의하지 않음")) + ")">
</#function>
