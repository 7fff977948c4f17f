<#ftl strip_whitespace=true>
<#--
  기본 연구의 각 장이 공유하는 설정(각 장은 <#include "_setup.ftl">로 시작): 결과에 있는 모형과
  설문조사, 그리고 findings.ftl의 분석 결과 문장을 Markdown에 맞게 한 줄로 만드는 매크로.
-->
<#import "findings.ftl" as f>
<#assign countEstimators = ["gnbreg", "nb2", "nbp", "poisson"]>
<#assign panelEstimators = ["fgls", "re", "fe", "ols"]>
<#assign countModels = results.models?filter(m -> countEstimators?seq_contains(m.estimator))>
<#assign panelModels = results.models?filter(m -> panelEstimators?seq_contains(m.estimator))>
<#-- 각 부분의 중심 모형: 연구진의 선택(report.headline), 없으면 검정 결과로 정한다. -->
<#function headline models>
  <#if !models?has_content><#return ""></#if>
  <#return f.headline(models?map(m -> m.id)).model>
</#function>
<#function ids models>
  <#local out = []>
  <#list models as m><#local out = out + [m.id]></#list>
  <#return out?join(",")>
</#function>
<#assign cm = headline(countModels)>
<#assign gm = headline(panelModels)>
<#assign hasCount = cm?has_content>
<#assign hasGrowth = gm?has_content>
<#assign sv = fx.hasSurvey("expert_survey")?then("expert_survey", results.surveys?has_content?then(results.surveys[0].id, ""))>
<#assign hasSurvey = sv?has_content>
<#assign groupings = hasSurvey?then(fx.survey(sv).groupings?map(g -> g.variable), [])>
<#assign hasGroups = groupings?has_content>
<#assign panelData = hasCount?then(fx.model(cm).data, hasGrowth?then(fx.model(gm).data, "panel"))>
<#assign hasPatentSeries = fx.hasSeries(panelData, "patents_per_10k")>
<#assign hausmanModel = "">
<#list panelModels as m><#if !hausmanModel?has_content && fx.hasTest(m.id, "hausman")><#assign hausmanModel = m.id></#if></#list>
<#assign synthetic = report.syntheticData>
<#assign sourceNote = synthetic?then("본 보고서를 위해 생성한 합성 자료(부록 참조)로, 공식 통계가 아님.", "부록에 제시한 자료를 이용하여 저자 계산.")>
<#assign calcSource = synthetic?then("합성 자료를 이용한 저자 계산.", "저자 계산.")>
<#-- Values more than one chapter speaks of. -->
<#if hasPatentSeries><#assign ps = fx.series(panelData, "patents_per_10k")></#if>
<#if hasSurvey><#assign so = fx.surveyFacts(sv)></#if>
<#macro effect e brief=false><#local s><@f.effect e brief/></#local>${s?trim?replace("\\s+", " ", "r")}</#macro>
<#macro keyFinding m brief=false><#local s><@f.keyFinding m brief/></#local>${s?trim?replace("\\s+", " ", "r")}</#macro>
<#macro testFinding t><#local s><@f.testFinding t/></#local>${s?trim?replace("\\s+", " ", "r")}</#macro>
