<#ftl output_format="XML" strip_whitespace=true>
<#--
  Finding sentences (English). Every number comes from fx; these macros only choose the words:
  the direction from the sign, the size from the IRR or the coefficient, and the strength of the
  evidence from the significance level (1, 5 or 10 %, or not significant).
-->

<#-- How a regressor is named inside a sentence, and the unit of a one-step change. -->
<#assign nouns = {
  "fiscal_autonomy": "fiscal autonomy",
  "fiscal_self_reliance": "fiscal self-reliance",
  "local_tax_share": "the local tax share",
  "rnd_intensity": "R&D intensity",
  "researchers_per_10k": "researchers per 10,000 residents",
  "universities": "the number of universities",
  "venture_firms": "the number of venture firms",
  "ln_patents_per_10k": "patent applications per 10,000 residents",
  "metro": "metropolitan status",
  "patents": "patent applications",
  "grdp_growth": "growth of GRDP per capita"
}>
<#assign units = {
  "fiscal_autonomy": ["percentage point", "percentage points"],
  "fiscal_self_reliance": ["percentage point", "percentage points"],
  "local_tax_share": ["percentage point", "percentage points"],
  "rnd_intensity": ["percentage point", "percentage points"]
}>
<#-- Dependent variables measured in per cent: their changes are percentage points. -->
<#assign percentOutcomes = ["grdp_growth"]>

<#function noun name>
  <#if nouns[name]??><#return nouns[name]></#if>
  <#local label = fx.variable(name)?replace(" (%)", "")>
  <#return label?uncap_first>
</#function>

<#function number n>
  <#if n == 1><#return "one"></#if>
  <#return fx.integer(n)>
</#function>

<#-- "a rise of one percentage point in fiscal autonomy", "an increase of 1,000 in the number of venture firms" -->
<#function change term step>
  <#if units[term]??>
    <#return "a rise of " + number(step) + " " + (step == 1)?then(units[term][0], units[term][1]) + " in " + noun(term)>
  </#if>
  <#return "an increase of " + number(step) + " in " + noun(term)>
</#function>

<#function significance level>
  <#if level == 0><#return "not statistically significant"></#if>
  <#return "significant at the " + level + " % level">
</#function>

<#function pText p>
  <#return "p " + fx.pClause(p)>
</#function>

<#-- One sentence on one effect, whatever the model: IRR wording for count models, percentage points
     for a growth rate, units of the dependent variable otherwise. -->
<#macro effect e>
  <#local m = fx.model(e.model)>
  <#local dep = noun(m.dependent)>
  <#if e.hasIrr>
    <#if e.significant>
      ${change(e.term, e.step)?cap_first} is associated with ${e.stepChangeText} % ${e.positive?then("more", "fewer")} ${dep}, other things being equal (IRR <#if e.step != 1>${e.stepIrrText} for an increase of ${fx.integer(e.step)}<#else>${e.irrText}</#if>, ${pText(e.p)}); the effect is ${significance(e.level)}.
    <#else>
      The association between ${noun(e.term)} and ${dep} is ${significance(e.level)} (IRR ${e.irrText}, ${pText(e.p)}), so the data do not show that it affects ${dep}.
    </#if>
  <#else>
    <#local pp = percentOutcomes?seq_contains(m.dependent)>
    <#local unit = pp?then(" percentage points", "")>
    <#if e.significant>
      <#if e.term?starts_with("ln_")>
        A 10 % rise in ${noun(e.term)} is associated with ${dep} ${e.positive?then("higher", "lower")} by ${fx.logChangeText(e.model, e.term, 10)?replace("−", "")}${unit} (coefficient ${e.coefText}, ${pText(e.p)}); the effect is ${significance(e.level)}.
      <#else>
        ${change(e.term, 1)?cap_first} is associated with ${dep} ${e.positive?then("higher", "lower")} by ${fx.num(e.coef?abs, 2)}${unit} (coefficient ${e.coefText}, ${pText(e.p)}); the effect is ${significance(e.level)}.
      </#if>
    <#else>
      The association between ${noun(e.term)} and ${dep} is ${significance(e.level)} (coefficient ${e.coefText}, ${pText(e.p)}).
    </#if>
  </#if>
</#macro>

<#-- A list of names joined as English prose: "a, b and c". -->
<#function join names>
  <#if names?size == 0><#return ""></#if>
  <#if names?size == 1><#return names[0]></#if>
  <#return names[0..names?size - 2]?join(", ") + " and " + names?last>
</#function>

<#-- Names of the regressors of a model whose effects are significant (at 5 %) with the given sign. -->
<#function significantTerms model positive>
  <#local out = []>
  <#list fx.effects(model) as e>
    <#if e.level gt 0 && e.level lte 5 && e.positive == positive><#local out = out + [noun(e.term)]></#if>
  </#list>
  <#return out>
</#function>

<#function insignificantTerms model>
  <#local out = []>
  <#list fx.effects(model) as e>
    <#if !e.significant><#local out = out + [noun(e.term)]></#if>
  </#list>
  <#return out>
</#function>

<#-- One sentence on a specification test, from its p-value. -->
<#macro testSentence t rejected kept>
  ${t.label}: statistic ${t.statisticText}<#if t.df?has_content> (df ${t.df})</#if>, p ${fx.pClause(t.p)}; <#if t.level gt 0 && t.level lte 5>${rejected}<#else>${kept}</#if>
</#macro>

<#-- How a regressor is named when the model is described: a logged variable says so. -->
<#function regressor name>
  <#if name?starts_with("ln_")><#return "the logarithm of " + noun(name)></#if>
  <#return noun(name)>
</#function>

<#-- The evidence of a recommendation as a list: each claim, the figure found and whether it holds. -->
<#macro evidenceList r>
  <ul>
    <#list r.evidence as o>
      <li><b>${o.holds?then("Holds", "Does not hold")}:</b> ${o.claim} — found ${o.actual}.</li>
    </#list>
  </ul>
</#macro>
