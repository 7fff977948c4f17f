<#ftl output_format="XML" strip_whitespace=true>
<#--
  Finding sentences (English), callable per model: every number and every name comes from fx
  (the results and the config's labels); these macros only choose the words. Nothing here knows
  the study: variables are named by their labels, panel units, periods and observations by
  labels.unit, labels.period and labels.observation (neutral words when they are missing).

  The form of an effect sentence follows the model (see Facts.Effect#form): elasticities for a
  logged regressor and a logged or count outcome, per cent per unit for a logged outcome, outcome
  units per 1 % for a logged regressor, incidence-rate ratios as per cent for count models, and a
  difference between the two groups for a 0/1 regressor. A p-value carries the significance, so
  it is not repeated in words.

  Macros and functions for a findings block:
    headline(candidates[, author])  the model to lead with and why (.model, .name, .reason)
    <@modelFindings model/>         one sentence per effect, as a list
    <@keyFinding model/>            the significant positive and negative effects in one sentence
    <@testFinding t/>               a specification test and what it means
    modelSentence(model)            what the model regresses on what, over how many observations
-->

<#-- A variable or term as a noun inside a sentence, from its label. -->
<#function noun name>
  <#return fx.noun(name)>
</#function>

<#function pText p>
  <#return "p " + fx.pClause(p)>
</#function>

<#function amount n>
  <#if n == 1><#return "one"></#if>
  <#return fx.integer(n)>
</#function>

<#-- "a one-unit increase in x", "a rise of one percentage point in x", "a 1 % increase in x" -->
<#function change e>
  <#if e.form == "elasticity" || e.form == "levelLog"><#return "a 1 % increase in " + e.noun></#if>
  <#if e.unitText?has_content>
    <#return "a rise of " + amount(e.step) + " " + e.unitText + " in " + e.noun>
  </#if>
  <#if e.step == 1><#return "a one-unit increase in " + e.noun></#if>
  <#return "an increase of " + fx.integer(e.step) + " in " + e.noun>
</#function>

<#-- What the estimate is: an elasticity, an incidence-rate ratio or a coefficient. -->
<#function statText e>
  <#if e.form == "elasticity"><#return "elasticity " + e.coefText></#if>
  <#if e.hasIrr>
    <#if e.step != 1 && e.significant><#return "IRR " + e.stepIrrText + " for an increase of " + fx.integer(e.step)></#if>
    <#return "IRR " + e.irrText>
  </#if>
  <#return "coefficient " + e.coefText>
</#function>

<#-- "higher by 3.0 %", "lower by 0.080 percentage points" -->
<#function size e>
  <#local unit = e.percent?then(" %", e.dependentUnitText?has_content?then(" " + e.dependentUnitText, ""))>
  <#return e.positive?then("higher", "lower") + " by " + e.sizeText + unit>
</#function>

<#-- The regressor as named in a list: a factor level says which. -->
<#function termName e>
  <#if e.factor && e.referenceLevel?has_content><#return e.noun + " (" + e.dummyLevel + " vs. " + e.referenceLevel + ")"></#if>
  <#if e.factor><#return e.noun + " (" + e.dummyLevel + ")"></#if>
  <#return e.noun>
</#function>

<#-- One sentence on one effect, in the form of its model. -->
<#-- brief: a summary's style; English reads the same. -->
<#macro effect e brief=false>
  <#if !e.significant>
    The association between ${termName(e)} and ${e.dependentNoun} is not statistically significant (${statText(e)}, ${pText(e.p)}).
  <#elseif e.form?ends_with("Dummy")>
    <#if e.factor && e.referenceLevel?has_content>
    Observations with ${e.noun} = ${e.dummyLevel} have ${e.dependentNoun} ${e.sizeText}${e.percent?then(" %", e.dependentUnitText?has_content?then(" " + e.dependentUnitText, ""))} ${e.positive?then("higher", "lower")} than those with ${e.noun} = ${e.referenceLevel} (${statText(e)}, ${pText(e.p)}).
    <#else>
    Observations where ${e.noun} is ${e.dummyLevel} have ${e.dependentNoun} ${size(e)} than those <#if e.factor>in the reference category<#else>where it is 0</#if> (${statText(e)}, ${pText(e.p)}).
    </#if>
  <#else>
    ${change(e)?cap_first} is associated with ${e.dependentNoun} ${size(e)} (${statText(e)}, ${pText(e.p)}).
  </#if>
</#macro>

<#-- A list of names joined as English prose: "a, b and c". -->
<#function join names>
  <#if names?size == 0><#return ""></#if>
  <#if names?size == 1><#return names[0]></#if>
  <#return names[0..names?size - 2]?join(", ") + " and " + names?last>
</#function>

<#-- Names of the regressors of a model whose effects are significant at 5 % with the given sign. -->
<#function significantTerms model positive>
  <#local out = []>
  <#list fx.effects(model) as e>
    <#if e.level gt 0 && e.level lte 5 && e.positive == positive><#local out = out + [termName(e)]></#if>
  </#list>
  <#return out>
</#function>

<#-- Names of the regressors whose effects are not significant at 5 %. -->
<#function insignificantTerms model>
  <#local out = []>
  <#list fx.effects(model) as e>
    <#if e.level == 0 || e.level gt 5><#local out = out + [termName(e)]></#if>
  </#list>
  <#return out>
</#function>

<#-- The significant positive and negative effects of a model and the rest, in one sentence. -->
<#macro keyFinding model brief=false>
  <#local m = fx.model(model)>
  <#local dep = fx.noun(m.dependent)>
  <#local pos = significantTerms(model, true)>
  <#local neg = significantTerms(model, false)>
  <#local rest = insignificantTerms(model)>
  In the ${fx.modelName(model)} model of ${dep}, <#if pos?has_content>${join(pos)} <#if pos?size == 1>goes<#else>go</#if> with higher ${dep}</#if><#if pos?has_content && neg?has_content> and </#if><#if neg?has_content>${join(neg)} with lower ${dep}</#if><#if !pos?has_content && !neg?has_content>no regressor has an effect significant at the 5 % level</#if><#if rest?has_content>, while the effect of ${join(rest)} is not significant at the 5 % level</#if>.
</#macro>

<#-- One sentence per effect of a model, as a list. -->
<#macro modelFindings model>
  <ul>
    <#list fx.effects(model) as e>
      <li><@effect e/></li>
    </#list>
  </ul>
</#macro>

<#-- The model the findings lead with among candidates (ids of models of one outcome): the
     author's choice (the argument, else report.headline in the config), else the tests. -->
<#function headline candidates author="">
  <#return fx.headlineModel(candidates, author?has_content?then(author, fx.authorHeadline(candidates)))>
</#function>

<#-- How a regressor is named when the model is described: a logarithm says so. -->
<#function regressor name>
  <#if fx.isLog(name)><#return "the logarithm of " + fx.noun(name)></#if>
  <#return fx.noun(name)>
</#function>

<#-- "Income is regressed on a, b and c over 816 observations." -->
<#function modelSentence model>
  <#local m = fx.model(model)>
  <#return regressor(m.dependent)?cap_first + " is regressed on " + join(m.regressors?map(t -> regressor(t))) + " over " + fx.observations(m.nobs) + ".">
</#function>

<#-- What a specification test means when it rejects at 5 % and when it does not. -->
<#function testMeaning name rejected>
  <#local u = fx.unitWord()>
  <#local meanings = {
    "hausman": ["the ${u} effects are correlated with the regressors, so only the fixed-effects estimates are consistent",
                "there is no evidence that the ${u} effects are correlated with the regressors, so the random-effects estimates are also consistent and more efficient than fixed effects"],
    "breuschPaganLm": ["the ${u} effects have a variance greater than zero, so the pooled OLS model is not adequate",
                         "no variance of the ${u} effects is detected, so the pooled OLS model suffices"],
    "modifiedWaldGroupwiseHeteroskedasticity": ["the error variance differs from ${u} to ${u}", "equal error variances cannot be rejected"],
    "wooldridgeSerialCorrelation": ["the errors are serially correlated", "no first-order autocorrelation is detected"],
    "lrAlphaZero": ["the counts are overdispersed, so a Poisson model would understate the uncertainty of its estimates", "overdispersion is not detected"],
    "lrVsNb2": ["the dispersion differs with its covariates", "a constant dispersion cannot be rejected"],
    "fAllUiZero": ["the ${u} effects are jointly different from zero", "the ${u} effects are not jointly different from zero"],
    "fSlopes": ["the regressors are jointly significant", "the regressors are not jointly significant"],
    "waldSlopes": ["the regressors are jointly significant", "the regressors are not jointly significant"],
    "waldSlopes": ["the regressors are jointly significant", "the regressors are not jointly significant"],
    "lrVsConstantOnly": ["the regressors are jointly significant", "the regressors are not jointly significant"]
  }>
  <#if meanings[name]??><#return meanings[name][rejected?then(0, 1)]></#if>
  <#return rejected?then("the null hypothesis is rejected at the 5 % level", "the null hypothesis is not rejected at the 5 % level")>
</#function>

<#-- One sentence on a specification test: its figures and what they mean. -->
<#macro testFinding t>
  ${t.label}: statistic ${t.statisticText}<#if t.df?has_content> (df ${t.df})</#if>, p ${fx.pClause(t.p)}; ${testMeaning(t.name, t.level gt 0 && t.level lte 5)}.
</#macro>

<#-- A test with the author's own words for rejection and non-rejection. -->
<#macro testSentence t rejected kept>
  ${t.label}: statistic ${t.statisticText}<#if t.df?has_content> (df ${t.df})</#if>, p ${fx.pClause(t.p)}; <#if t.level gt 0 && t.level lte 5>${rejected}<#else>${kept}</#if>
</#macro>

<#-- The evidence of a recommendation as a list: each claim, the figure found and whether it holds. -->
<#-- A recommendation's evidence as a table after its box: each effect as chapter 4 reports it (per
  cent for count models, outcome units for linear ones, from fx.effect), and the table that
  reports it. A box holds no table in a Word document, so the table follows the box. -->
<#macro evidenceTable r label tables source="">
<#-- The Table column points to the tables of the report; a document without them (a brief) leaves it out. -->
<#local linked = false>
<#list r.evidence as o><#if (tables[o.model?has_content?then(o.model, o.survey)]!"")?has_content><#local linked = true></#if></#list>
<table kind="static" id="tbl-evidence-${r.id}" caption="Evidence for ${label?lower_case} ${r.number}" sheet="evidence-${r.number}"<#if source?has_content> source="${source}"</#if>>
<tr><th>Evidence</th><th>Effect</th><#if linked><th>Table</th></#if></tr>
<#list r.evidence as o>
<tr><td><#if !o.model?has_content>${o.subject + " – survey"}<#elseif o.found>${o.subject + " – " + fx.modelName(o.model)}<#else>${o.subject}</#if></td><td>${evidenceEffect(o)}</td><#if linked><td><#local t = tables[o.model?has_content?then(o.model, o.survey)]!""><#if t?has_content><ref to="${t}"/><#else>–</#if></td></#if></tr>
</#list>
</table>
</#macro>

<#-- "+3.0 % per 1 percentage point (p < 0.001)"; a survey item's Borich rank. -->
<#function evidenceEffect o>
  <#if !o.found || !o.model?has_content><#return o.actual?cap_first></#if>
  <#local e = fx.effect(o.model, o.equation, o.term)>
  <#local unit = e.percent?then(" %", e.dependentUnitText?has_content?then(" " + e.dependentUnitText, ""))>
  <#local per = "">
  <#if e.form == "elasticity" || e.form == "levelLog"><#local per = " per 1 %">
  <#elseif e.form?ends_with("Dummy")><#local per = " (" + e.dummyLevel + " vs. " + e.factor?then("reference", "0") + ")">
  <#elseif e.unitText?has_content><#local per = " per " + fx.integer(e.step) + " " + e.unitText>
  <#else><#local per = " per " + fx.integer(e.step)>
  </#if>
  <#return e.positive?then("+", "\x2212") + e.sizeText + unit + per + " (" + pText(e.p) + (e.significant?then("", ", not significant")) + ")">
</#function>
