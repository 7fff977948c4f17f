<#ftl strip_whitespace=true>
<#--
  결과 보고서: 작성한 장(chapters)이 없는 설정이 받는 보고서. 생성 블록 셀이 든 Markdown을 쓰고, 작성한
  장과 같은 방식으로 읽는다. 자료, 종속변수별 모형(추정 결과, 검정, 분석 결과 문장, 계수 그림), 설문조사,
  정책과제를 각각 한 장으로 구성한다. 설정의 이름표와 중립적인 표현만 쓴다.
-->
<#function q s><#return '"' + s?replace('\\', '\\\\')?replace('"', '\\"') + '"'></#function>
<#assign sources = []>
<#list results.descriptives as d><#if !sources?seq_contains(d.data)><#assign sources = sources + [d.data]></#if></#list>
<#assign deps = []>
<#list results.models as m><#if !deps?seq_contains(m.dependent)><#assign deps = deps + [m.dependent]></#if></#list>
<#if sources?has_content>
# 자료

<#list sources as src>
```{table}
kind: descriptives
data: ${q(src)}
label: tbl-data-${src?index + 1}
caption: ${q("기술통계: " + src)}
```

</#list>
</#if>
<#list deps as dep>
<#assign ms = results.models?filter(m -> m.dependent == dep)>
<#assign n = dep?index + 1>
# ${fx.variable(dep)}

<#if ms?size gt 1>
${fx.variable(dep)}의 모형은 <#if ms?filter(m -> !fx.hasModelLabel(m.id))?has_content>${ms?map(m -> fx.modelPhrase(m.id))?join(", ")}<#else>${ms?map(m -> fx.modelName(m.id))?join(", ")}</#if>이며, 추정 결과는 @tbl-models-${n}에 정리하였다.
<#else>
${fx.modelPhrase(ms[0].id)}의 추정 결과는 @tbl-models-${n}에 정리하였다.
</#if>

```{table}
kind: regression
models: [${ms?map(m -> m.id)?join(", ")}]
stats: [nobs, logLikelihood, alpha, aic, bic, pseudoR2, r2, r2Adjusted, r2Within, r2Overall, rho]
label: tbl-models-${n}
caption: ${q(fx.variable(dep) + " 모형")}
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
caption: ${q(fx.variable(dep) + " 모형의 검정")}
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
caption: ${q(fx.modelPhrase(m.id) + "의 발생률비")}
```

</#if>
</#list>
</#list>
<#list results.surveys as s>
<#assign n = s?index + 1>
# 설문조사 ${s.id}

```{findings}
survey: ${s.id}
```

```{table}
kind: survey-needs
survey: ${s.id}
label: tbl-needs-${n}
caption: 항목별 중요도, 현재 수준과 요구도
notes: ${q(s.scaleMin?c + "~" + s.scaleMax?c + "점 척도의 평균임. 항목은 보리치 요구도 지수 순으로 정렬함.")}
```

```{figure}
kind: ipa
survey: ${s.id}
label: fig-ipa-${n}
caption: 항목별 중요도-수행도 매트릭스
```

<#list s.groupings as g>
<#list ["importance", "performance"] as measure>
```{table}
kind: survey-groups
survey: ${s.id}
by: ${q(g.variable)}
measure: ${measure}
label: tbl-groups-${n}-${g?index + 1}-${measure}
caption: ${q(fx.variable(g.variable) + "별 " + (measure == "importance")?then("중요도", "현재 수준") + " 평균")}
```

</#list>
</#list>
</#list>
<#if recommendations?has_content>
# 정책과제

```{recommendations}
```
</#if>
