<#ftl strip_whitespace=true>
<#--
  The results report: what a config without authored chapters gets. It writes Markdown with
  generated-block cells, read like an authored chapter: one chapter for the data, one per
  dependent variable (its models side by side, their tests, findings and coefficient figures),
  one per survey, and the recommendations. Only the config's labels and neutral words appear.
-->
<#function q s><#return '"' + s?replace('\\', '\\\\')?replace('"', '\\"') + '"'></#function>
<#assign sources = []>
<#list results.descriptives as d><#if !sources?seq_contains(d.data)><#assign sources = sources + [d.data]></#if></#list>
<#assign deps = []>
<#list results.models as m><#if !deps?seq_contains(m.dependent)><#assign deps = deps + [m.dependent]></#if></#list>
<#if sources?has_content>
# Data

<#list sources as src>
```{table}
kind: descriptives
data: ${q(src)}
label: tbl-data-${src?index + 1}
caption: ${q("Descriptive statistics: " + src)}
```

</#list>
</#if>
<#list deps as dep>
<#assign ms = results.models?filter(m -> m.dependent == dep)>
<#assign n = dep?index + 1>
# ${fx.variable(dep)}

<#if ms?size gt 1>
<#if ms?filter(m -> !fx.hasModelLabel(m.id))?has_content>
The models of ${fx.variable(dep)?uncap_first} are ${ms?map(m -> fx.modelPhrase(m.id))?join(" and ")}; @tbl-models-${n} shows their estimates side by side.
<#else>
The models of ${fx.variable(dep)?uncap_first} are ${ms?map(m -> fx.modelName(m.id))?join(", ")}; @tbl-models-${n} shows their estimates side by side.
</#if>
<#else>
@tbl-models-${n} shows the estimates of ${fx.modelPhrase(ms[0].id)}.
</#if>

```{table}
kind: regression
models: [${ms?map(m -> m.id)?join(", ")}]
stats: [nobs, logLikelihood, alpha, aic, bic, pseudoR2, r2, r2Adjusted, r2Within, r2Overall, rho]
label: tbl-models-${n}
caption: ${q("Models of " + fx.variable(dep)?uncap_first)}
<#if ms?filter(m -> !m.irr?has_content)?size == 0>
irr: true
</#if>
```

<#assign tested = ms?filter(m -> m.tests?has_content)>
<#if tested?has_content>
```{table}
kind: tests
models: [${tested?map(m -> m.id)?join(", ")}]
label: tbl-tests-${n}
caption: ${q("Specification tests of the models of " + fx.variable(dep)?uncap_first)}
```

</#if>
<#list ms as m>
## ${fx.modelName(m.id)}

```{findings}
model: ${m.id}
```

<#if m.irr?has_content>
```{figure}
kind: irr
model: ${m.id}
label: fig-irr-${n}-${m?index + 1}
caption: ${q("Incidence-rate ratios of " + fx.modelPhrase(m.id))}
```

</#if>
</#list>
</#list>
<#list results.surveys as s>
<#assign n = s?index + 1>
# Survey ${s.id}

```{findings}
survey: ${s.id}
```

```{table}
kind: survey-needs
survey: ${s.id}
label: tbl-needs-${n}
caption: Importance, performance and needs of the items
notes: ${q("Means on a " + s.scaleMin?c + "–" + s.scaleMax?c + " scale. Items are ranked by the Borich index.")}
```

```{figure}
kind: ipa
survey: ${s.id}
label: fig-ipa-${n}
caption: Importance-performance matrix of the items
```

<#list s.groupings as g>
<#list ["importance", "performance"] as measure>
```{table}
kind: survey-groups
survey: ${s.id}
by: ${q(g.variable)}
measure: ${measure}
label: tbl-groups-${n}-${g?index + 1}-${measure}
caption: ${q("Mean " + measure + " of the items by " + fx.variable(g.variable)?uncap_first)}
```

</#list>
</#list>
</#list>
<#if recommendations?has_content>
# Recommendations

```{recommendations}
```
</#if>
