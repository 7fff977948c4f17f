<#ftl output_format="XML" strip_whitespace=true>
<#import "findings.ftl" as f>
<#--
  The words of the generated blocks that authored chapters ask for: the front matter, {findings},
  {summary}, {recommendations} and the appendix. Each macro gets the cell's options as "cell" and
  writes report XML. Only the config's labels and neutral words appear here, so they fit any study.
-->

<#macro front cell>
<titlepage<#if cell.notice?has_content> notice="${cell.notice}"<#elseif report.syntheticData> notice="The data in this report are synthetic. They were generated to demonstrate the method and are not official statistics."</#if>/>
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

<#-- Several models of one outcome: the one the findings lead with, why, and its effects. -->
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
  The ${so.nText} respondents rate importance above current performance for ${so.positiveGaps} of ${so.itemCount} items<#if top?has_content>; the greatest need by the Borich index is ${top[0].label?uncap_first} (index ${top[0].borichText})<#if top?size gt 1>, followed by ${top[1].label?uncap_first} (${top[1].borichText})</#if></#if>.
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
  <b>${fx.modelName(id)}.</b> <#if pos?has_content>${f.join(pos)?cap_first} <#if pos?size == 1>has<#else>have</#if> a significant positive association with ${f.noun(m.dependent)}<#else>No regressor has a significant positive association with ${f.noun(m.dependent)}</#if><#if neg?has_content>; ${f.join(neg)} <#if neg?size == 1>has<#else>have</#if> a significant negative one</#if><#if nonsig?has_content>; the association of ${f.join(nonsig)} is not statistically significant</#if>.
</#macro>

<#macro keyFindings cell>
<box id="box-summary" role="summary" title="${cell.title?has_content?then(cell.title, 'Key findings')}">
  <ul>
    <#list cell.models as id><li><@modelSummary id/></li></#list>
    <#list cell.surveys as id><li><b>Survey.</b> <@surveyNeeds id/></li></#list>
    <#if cell.recommendations && recommendations?has_content>
      <li><b>Recommendations.</b> <#list recommendations as r>(${r.number}) ${r.title}<#sep>; </#list>.<#if recommendations?filter(r -> !r.supported)?has_content> The current evidence does not support every claim behind them; the recommendations mark the ones that fail.</#if></li>
    </#if>
  </ul>
</box>
</#macro>

<#macro recommendationBoxes cell>
<#if !recommendations?has_content>
<p>No recommendations were configured for this report.</p>
<#else>
<#local shown = recommendations?filter(r -> !cell.id?has_content || r.id == cell.id)>
<#if !shown?has_content><#stop "no recommendation has the id '" + cell.id + "'"></#if>
<#local label = cell.label?has_content?then(cell.label, "Recommendation")>
<#list shown as r>
<box id="rec-${r.id}" role="recommendation" title="${label} ${r.number}: ${r.title}" status="${r.supported?then('ok', 'warning')}"<#if !r.supported> statusText="Not supported by the current evidence"</#if>>
  <#if r.issue?has_content><p><b>Issue.</b> ${r.issue}</p></#if>
  <#if r.strategies?has_content>
  <p><b>Core strategies</b></p>
  <ol><#list r.strategies as s><li>${s}</li></#list></ol>
  </#if>
  <#if r.policies?has_content>
  <p><b>Policies</b></p>
  <ul><#list r.policies as s><li>${s}</li></#list></ul>
  </#if>
  <#if !r.supported>
  <p role="notice">Not supported by the current evidence: <#list r.failing as o>${o.claim} (found ${o.actual})<#sep>; </#list>. The recommendation should be reconsidered before it is adopted.</p>
  </#if>
</box>
<#if r.evidence?has_content><#local tables = (cell.tables)!{}><@f.evidenceTable r label tables cell.source/></#if>
</#list>
</#if>
</#macro>

<#macro roadmapTable cell>
<#-- Tasks are numbered by their recommendation (1-1, 1-2, 2-1) so that a row points back to its box -->
<table kind="static" id="${cell.id}" caption="${cell.caption}" sheet="${cell.sheet}"<#if cell.source?has_content> source="${cell.source}"</#if>>
<tr><th>Task</th><th>Lead</th><th>Partners</th><th>Timing</th><th>Law/Budget</th></tr>
<#list recommendations as r><#list r.tasks as t>
<tr><td>${r.number}-${t?counter} ${t.task}</td><td>${t.lead}</td><td>${t.partners?has_content?then(t.partners, "–")}</td><td>${t.timing}</td><td>${t.needs?has_content?then(t.needs, "–")}</td></tr>
</#list></#list>
<#if !recommendations?filter(r -> r.tasks?has_content)?has_content>
<tr><td span="5">No tasks were configured for the recommendations.</td></tr>
</#if>
<#list cell.notes as n><note>${n}</note></#list>
</table>
</#macro>

<#macro appendix cell>
<pagebreak/>
<h1 id="appendix" numbered="false">Appendix: data and provenance</h1>
<p>This appendix records where every number in the report comes from, so that the analysis can be reproduced. <ref to="tbl-inputs"/> lists the input files with their SHA-256 checksums, and <ref to="tbl-models"/> the models with their estimators and convergence. <#if results.generatedBy??>The results were produced by ${results.generatedBy.name} version ${results.generatedBy.version}<#if results.config?? && results.config.sha256??> from the configuration listed in <ref to="tbl-inputs"/></#if>. <#assign rule = fx.missingRule()><#if rule == "error">A blank value in a variable a model uses stops the analysis with a message instead of being skipped; no row was left out<#if fx.anyRowsDropped()> for a blank value (<ref to="tbl-models"/> counts the rows a lag or difference left out)</#if>.<#else>A row with a blank value in a variable a model uses is left out of that model (listwise deletion)<#if rule == "mixed">, except in the models set to stop with a message instead</#if>; <#if fx.anyRowsDropped()><ref to="tbl-models"/> gives the rows each model left out, and its notes say why.<#else>no model left out any row.</#if></#if><#else>The results file does not name the program that produced it.</#if><#if report.syntheticData> The input data are synthetic. They are not official statistics and do not describe any real survey.</#if></p>
<table kind="inputs" id="tbl-inputs" caption="Input files" sheet="inputs"/>
<table kind="models" id="tbl-models" caption="Estimated models" sheet="models"/>
</#macro>
