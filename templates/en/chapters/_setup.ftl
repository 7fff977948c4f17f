<#ftl strip_whitespace=true>
<#--
  Shared by the chapters of the default study (each starts with <#include "_setup.ftl">): which
  models and surveys the results hold, and wrappers that put a finding sentence of
  findings.ftl on one line, as Markdown needs.
-->
<#import "findings.ftl" as f>
<#assign countEstimators = ["gnbreg", "nb2", "nbp", "poisson"]>
<#assign panelEstimators = ["fgls", "re", "fe", "ols"]>
<#assign countModels = results.models?filter(m -> countEstimators?seq_contains(m.estimator))>
<#assign panelModels = results.models?filter(m -> panelEstimators?seq_contains(m.estimator))>
<#-- The model each part leads with: the author's (report.headline), else by the tests. -->
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
<#assign sourceNote = synthetic?then("Synthetic data generated for this report (see the Appendix); not official statistics.", "Author’s calculations from the data listed in the Appendix.")>
<#assign calcSource = synthetic?then("Author’s calculations from synthetic data.", "Author’s calculations.")>
<#-- Values more than one chapter speaks of. -->
<#if hasPatentSeries><#assign ps = fx.series(panelData, "patents_per_10k")></#if>
<#if hasSurvey><#assign so = fx.surveyFacts(sv)></#if>
<#macro effect e brief=false><#local s><@f.effect e brief/></#local>${s?trim?replace("\\s+", " ", "r")}</#macro>
<#macro keyFinding m brief=false><#local s><@f.keyFinding m brief/></#local>${s?trim?replace("\\s+", " ", "r")}</#macro>
<#macro testFinding t><#local s><@f.testFinding t/></#local>${s?trim?replace("\\s+", " ", "r")}</#macro>
