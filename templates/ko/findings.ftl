<#ftl output_format="XML" strip_whitespace=true>
<#--
  분석 결과 문장(국문). 모든 수치는 fx에서 가져오고, 이 매크로는 표현만 고른다: 부호로 방향을,
  발생률비나 계수로 크기를, 유의수준(1·5·10% 또는 유의하지 않음)으로 근거의 강도를 정한다.
-->

<#-- 문장 안에서 쓰는 변수 이름과 주격 조사, 한 단계 변화의 단위. -->
<#assign nouns = {
  "fiscal_autonomy": ["재정자주도", "가"],
  "fiscal_self_reliance": ["재정자립도", "가"],
  "local_tax_share": ["지방세 비중", "이"],
  "rnd_intensity": ["R&D 집약도", "가"],
  "researchers_per_10k": ["인구 만 명당 연구원 수", "가"],
  "universities": ["대학 수", "가"],
  "venture_firms": ["벤처기업 수", "가"],
  "ln_patents_per_10k": ["인구 만 명당 특허 출원 건수", "가"],
  "patents": ["특허 출원 건수", "가"],
  "grdp_growth": ["1인당 지역내총생산(GRDP) 성장률", "이"],
  "metro": ["특별·광역시 여부", "가"]
}>
<#assign units = {
  "fiscal_autonomy": "%p",
  "fiscal_self_reliance": "%p",
  "local_tax_share": "%p",
  "rnd_intensity": "%p",
  "researchers_per_10k": "명",
  "universities": "개",
  "venture_firms": "개"
}>
<#-- 백분율로 측정되는 종속변수: 변화는 %p로 표현한다. -->
<#assign percentOutcomes = ["grdp_growth"]>

<#function noun name>
  <#if nouns[name]??><#return nouns[name][0]></#if>
  <#return fx.variable(name)?replace("(%)", "")>
</#function>

<#-- 주어 형태: "재정자주도가", 모르는 변수는 "○○의 값이". -->
<#function subject name>
  <#if nouns[name]??><#return nouns[name][0] + nouns[name][1]></#if>
  <#return noun(name) + "의 값이">
</#function>

<#-- "재정자주도가 1%p 상승하면", "벤처기업 수가 1,000개 증가하면" -->
<#function change term step>
  <#local unit = units[term]!"단위">
  <#return subject(term) + " " + fx.integer(step) + unit + " " + (unit == "%p")?then("상승하면", "증가하면")>
</#function>

<#function significance level>
  <#if level == 0><#return "통계적으로 유의하지 않다"></#if>
  <#return level + "% 유의수준에서 통계적으로 유의하다">
</#function>

<#function pText p>
  <#return "p" + fx.pClause(p)?replace(" ", "")>
</#function>

<#-- 효과 하나에 대한 문장: 가산 모형은 발생률비로, 성장률은 %p로, 그 밖에는 종속변수 단위로 쓴다. -->
<#macro effect e>
  <#local m = fx.model(e.model)>
  <#local dep = m.dependent>
  <#if e.hasIrr>
    <#if e.significant>
      ${change(e.term, e.step)} ${subject(dep)} 약 ${e.stepChangeText}% ${e.positive?then("증가", "감소")}하는 것으로 나타났다(발생률비 <#if e.step != 1>${e.stepIrrText}(${fx.integer(e.step)}${units[e.term]!"단위"} 기준)<#else>${e.irrText}</#if>, ${pText(e.p)}). 이는 ${significance(e.level)}.
    <#else>
      ${noun(e.term)}의 계수는 ${significance(e.level)}(발생률비 ${e.irrText}, ${pText(e.p)}). 즉 ${subject(e.term)} ${noun(dep)}에 미치는 영향은 확인되지 않았다.
    </#if>
  <#else>
    <#local unit = percentOutcomes?seq_contains(dep)?then("%p", "")>
    <#if e.significant>
      <#if e.term?starts_with("ln_")>
        ${subject(e.term)} 10% 증가하면 ${subject(dep)} 약 ${fx.logChangeText(e.model, e.term, 10)?replace("−", "")}${unit} ${e.positive?then("높아지는", "낮아지는")} 것으로 나타났다(계수 ${e.coefText}, ${pText(e.p)}). 이는 ${significance(e.level)}.
      <#else>
        ${change(e.term, 1)} ${subject(dep)} 약 ${fx.num(e.coef?abs, 2)}${unit} ${e.positive?then("높아지는", "낮아지는")} 것으로 나타났다(계수 ${e.coefText}, ${pText(e.p)}). 이는 ${significance(e.level)}.
      </#if>
    <#else>
      ${noun(e.term)}의 계수는 ${significance(e.level)}(계수 ${e.coefText}, ${pText(e.p)}). 즉 ${subject(e.term)} ${noun(dep)}에 미치는 영향은 확인되지 않았다.
    </#if>
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

<#-- 모형을 설명할 때의 설명변수 이름: 로그 변환 변수는 그렇게 밝힌다. -->
<#function regressor name>
  <#if name?starts_with("ln_")><#return noun(name) + "의 로그값"></#if>
  <#return noun(name)>
</#function>

<#-- 설정 검정 한 건에 대한 문장. -->
<#macro testSentence t rejected kept>
  ${t.label} 결과 검정통계량은 ${t.statisticText}<#if t.df?has_content>(자유도 ${t.df})</#if>, 유의확률은 ${pText(t.p)}로 <#if t.level gt 0 && t.level lte 5>${rejected}<#else>${kept}</#if>
</#macro>

<#-- 정책과제의 근거 목록: 각 주장, 분석 결과 수치, 충족 여부. -->
<#macro evidenceList r>
  <ul>
    <#list r.evidence as o>
      <li><b>${o.holds?then("충족", "미충족")}:</b> ${o.claim} — 분석 결과 ${o.actual}</li>
    </#list>
  </ul>
</#macro>
