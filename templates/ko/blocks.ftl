<#ftl output_format="XML" strip_whitespace=true>
<#import "findings.ftl" as f>
<#--
  작성한 장(Markdown)이 요청하는 생성 블록의 문구: 표지와 목차, {findings}, {summary},
  {recommendations}, 부록. 각 매크로는 셀의 옵션을 "cell"로 받아 보고서 XML을 쓴다. 설정의 이름표와
  중립적인 표현만 쓰므로 어떤 연구에도 맞는다.
-->

<#macro front cell>
<titlepage<#if cell.notice?has_content> notice="${cell.notice}"<#elseif report.syntheticData> notice="이 보고서의 자료는 분석 방법을 예시하기 위해 생성한 합성 자료로 공식 통계가 아니다."</#if>/>
<#if cell.contents>
<toc/>
<pagebreak/>
</#if>
</#macro>

<#macro modelFindings cell>
  <#if cell.headline?has_content><p role="lead">${cell.headline}</p></#if>
  <ul>
    <#list fx.effects(cell.model) as e><li><@f.effect e/></li></#list>
  </ul>
</#macro>

<#-- 같은 종속변수의 여러 모형: 분석 결과가 중심으로 삼는 모형, 그 이유, 그 효과. -->
<#macro headlineFindings cell>
  <#local h = f.headline(cell.models)>
  <#if cell.headline?has_content><p role="lead">${cell.headline}</p></#if>
  <p>${h.reason} <@f.keyFinding h.model/></p>
  <ul>
    <#list fx.effects(h.model) as e><li><@f.effect e/></li></#list>
  </ul>
</#macro>

<#macro surveyNeeds id>
  <#local so = fx.surveyFacts(id)>
  <#local top = fx.rankedItems(id)>
  응답자 ${so.nText}명은 ${so.itemCount}개 항목 중 ${so.positiveGaps}개 항목에서 중요도를 현재 수준보다 높게 평가함<#if top?has_content>. 보리치 요구도 지수 기준 최우선 항목은 ${top[0].label}(지수 ${top[0].borichText})<#if top?size gt 1>, 그다음은 ${top[1].label}(${top[1].borichText})</#if>임</#if>.
</#macro>

<#macro surveyFindings cell>
  <#if cell.headline?has_content><p role="lead">${cell.headline}</p></#if>
  <p><@surveyNeeds cell.survey/></p>
</#macro>

<#macro modelSummary id>
  <#local m = fx.model(id)>
  <#local pos = f.significantTerms(id, true)>
  <#local neg = f.significantTerms(id, false)>
  <#local nonsig = f.insignificantTerms(id)>
  <b>${fx.modelName(id)}</b>(종속변수: ${f.noun(m.dependent)}): 통계적으로 유의한 양(+)의 관계 — <#if pos?has_content>${f.join(pos)}<#else>없음</#if><#if neg?has_content>; 유의한 음(−)의 관계 — ${f.join(neg)}</#if><#if nonsig?has_content>; 유의하지 않음 — ${f.join(nonsig)}</#if>.
</#macro>

<#macro keyFindings cell>
<box id="box-summary" role="summary" title="${cell.title?has_content?then(cell.title, '주요 분석 결과')}">
  <ul>
    <#list cell.models as id><li><@modelSummary id/></li></#list>
    <#list cell.surveys as id><li><b>설문조사</b>: <@surveyNeeds id/></li></#list>
    <#if cell.recommendations && recommendations?has_content>
      <li><b>정책과제</b>: <#list recommendations as r>(${r.number}) ${r.title}<#sep>, </#list>.<#if recommendations?filter(r -> !r.supported)?has_content> 다만 일부 과제의 근거는 현재 분석 결과로 뒷받침되지 않으며, 해당 과제에 이를 표시함.</#if></li>
    </#if>
  </ul>
</box>
</#macro>

<#macro recommendationBoxes cell>
<#if !recommendations?has_content>
<p>이 보고서에는 설정된 정책과제가 없다.</p>
<#else>
<#local shown = recommendations?filter(r -> !cell.id?has_content || r.id == cell.id)>
<#if !shown?has_content><#stop "no recommendation has the id '" + cell.id + "'"></#if>
<#local label = cell.label?has_content?then(cell.label, "정책과제")>
<#list shown as r>
<box id="rec-${r.id}" role="recommendation" title="${label} ${r.number}. ${r.title}" status="${r.supported?then('ok', 'warning')}"<#if !r.supported> statusText="현재 근거로 뒷받침되지 않음"</#if>>
  <#if r.issue?has_content><p><b>정책 이슈</b>: ${r.issue}</p></#if>
  <#if r.strategies?has_content>
  <p><b>핵심 전략</b></p>
  <ol><#list r.strategies as s><li>${s}</li></#list></ol>
  </#if>
  <#if r.policies?has_content>
  <p><b>세부 정책</b></p>
  <ul><#list r.policies as s><li>${s}</li></#list></ul>
  </#if>
  <#if !r.supported>
  <p role="notice">현재 근거로 뒷받침되지 않음: <#list r.failing as o>${o.claim}(분석 결과 ${o.actual})<#sep>; </#list>. 이 과제는 채택 전에 재검토가 필요함.</p>
  </#if>
</box>
<#if r.evidence?has_content><#local tables = (cell.tables)!{}><@f.evidenceTable r label tables cell.source/></#if>
</#list>
</#if>
</#macro>

<#macro roadmapTable cell>
<#-- Tasks are numbered by their recommendation (1-1, 1-2, 2-1) so that a row points back to its box -->
<table kind="static" id="${cell.id}" caption="${cell.caption}" sheet="${cell.sheet}"<#if cell.source?has_content> source="${cell.source}"</#if>>
<tr><th>과제</th><th>주관부처</th><th>협조</th><th>추진시기</th><th>법령·예산</th></tr>
<#list recommendations as r><#list r.tasks as t>
<tr><td>${r.number}-${t?counter} ${t.task}</td><td>${t.lead}</td><td>${t.partners?has_content?then(t.partners, "–")}</td><td>${t.timing}</td><td>${t.needs?has_content?then(t.needs, "–")}</td></tr>
</#list></#list>
<#if !recommendations?filter(r -> r.tasks?has_content)?has_content>
<tr><td span="5">설정된 추진과제가 없다.</td></tr>
</#if>
<#list cell.notes as n><note>${n}</note></#list>
</table>
</#macro>

<#macro appendix cell>
<pagebreak/>
<h1 id="appendix" numbered="false">부록: 자료와 분석 이력</h1>
<p>이 부록은 보고서의 모든 수치가 어디에서 왔는지를 기록하여 분석을 재현할 수 있도록 한다. 입력 자료 파일과 SHA-256 검증값(<ref to="tbl-inputs"/>), 추정한 모형과 추정방법 및 수렴 여부(<ref to="tbl-models"/>)를 정리하였다. <#if results.generatedBy??>분석 결과는 분석 프로그램 ${results.generatedBy.name} ${results.generatedBy.version} 버전으로<#if results.config?? && results.config.sha256??> <ref to="tbl-inputs"/>의 설정 파일에 따라</#if> 산출하였다. <#assign rule = fx.missingRule()><#if rule == "error">모형 변수에 결측값이 있으면 건너뛰지 않고 오류 메시지와 함께 분석을 중단하며, 결측값 때문에 제외된 관측치는 없다<#if fx.anyRowsDropped()>(시차·차분으로 제외된 관측치는 <ref to="tbl-models"/>에 적었다)</#if>.<#else>모형 변수에 결측값이 있는 관측치는 그 모형에서 제외한다(목록별 삭제)<#if rule == "mixed">. 다만 오류로 중단하도록 지정한 모형은 결측값이 있으면 분석을 중단한다</#if>. <#if fx.anyRowsDropped()>모형별로 제외한 관측치의 수는 <ref to="tbl-models"/>에, 그 이유는 표의 주에 적었다.<#else>제외된 관측치는 없다.</#if></#if><#else>분석 결과 파일에 산출 프로그램이 기록되어 있지 않다.</#if><#if report.syntheticData> 입력 자료는 합성 자료로, 공식 통계가 아니고 실제 조사를 나타내지도 않는다.</#if></p>
<table kind="inputs" id="tbl-inputs" caption="입력 자료" sheet="입력 자료"/>
<table kind="models" id="tbl-models" caption="추정 모형" sheet="추정 모형"/>
</#macro>
