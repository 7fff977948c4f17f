<#ftl output_format="XML" strip_whitespace=true>
<#import "findings.ftl" as f>
<#--
  국문 보고서. 수치는 fx(Facts)와 자동 생성되는 표·그림에서 오고, 그 주변의 글은 여기에 쓴다.
  선택적인 부분은 조건을 두어 다른 모형이나 전문가 조사가 없는 결과로도 보고서가 만들어지게 한다.
-->
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
<report subject="재정분권, 지역혁신체계와 혁신주도 지역성장"
        summary="${hasCount?then('재정자주도와 지역혁신체계의 투입 요소는 특허 출원 증가와 관련되고, ', '')}${hasGrowth?then('혁신과 재정자주도는 1인당 지역내총생산 성장률을 높이며, ', '')}이에 기초하여 분권형 혁신주도 지역성장을 위한 3대 정책과제를 제시함.">

<titlepage<#if synthetic> notice="이 보고서의 자료는 분석 방법을 예시하기 위해 생성한 합성 자료로 공식 통계가 아니다. 분석 결과를 우리나라 지역에 관한 근거로 인용해서는 안 된다."</#if>/>

<#-- ===================================================================== 요약 -->
<h1 id="summary" numbered="false">요 약</h1>
<p role="lead">이 연구는 지역에 재정적·행정적 재량을 부여하는 것이 지역의 혁신역량을 높이는지, 그리고 그 혁신이 지역성장으로 이어지는지를 분석하였다. 지역별 특허 출원과 경제성장에 관한 패널자료와 지역정책 전문가 조사를 함께 활용하였으며, 그 결과를 토대로 3대 정책과제와 핵심 전략 및 정책을 제시하였다.</p>
<#if synthetic>
<p role="notice">이 보고서의 모든 수치는 문서화된 생성 절차에 따라 만든 합성 자료에서 산출되었다. 분석 방법을 예시하기 위한 것으로, 우리나라 지역에 관한 연구 결과가 아니다.</p>
</#if>
<box id="box-summary" role="summary" title="주요 분석 결과">
  <ul>
    <#if hasPatentSeries>
      <#assign ps = fx.series(panelData, "patents_per_10k")>
      <li><b>국내 현황(제3장)</b>: 혁신 활동은 특정 지역에 집중되어 있음. ${ps.lastPeriod?c}년 인구 만 명당 특허 출원은 ${ps.top}에서 ${ps.topText}건으로 가장 많아, 가장 적은 ${ps.bottom}(${ps.bottomText}건)의 ${ps.topToBottomText}배에 달함.</li>
    </#if>
    <#if hasCount>
      <li><b>혁신 모형(제4장)</b>: <@f.keyFinding cm true/>
        <#if fx.hasEffect(cm, "main", "fiscal_autonomy")><#assign fa = fx.effect(cm, "fiscal_autonomy")><#if fa.significant> <@f.effect fa true/></#if></#if></li>
    </#if>
    <#if hasGrowth>
      <li><b>성장 모형(제4장)</b>: <@f.keyFinding gm true/> <#list fx.effects(gm)?filter(e -> e.level gt 0 && e.level lte 5) as e><@f.effect e true/> </#list></li>
    </#if>
    <#if hasSurvey>
      <#assign top = fx.rankedItems(sv)>
      <li><b>전문가 조사(제3장·제4장)</b>: 응답자 ${fx.surveyFacts(sv).nText}명은 ${fx.surveyFacts(sv).itemCount}개 정책 항목 중 ${fx.surveyFacts(sv).positiveGaps}개 항목에서 중요도를 현재 수준보다 높게 평가함. 보리치 요구도 지수 기준 최우선 과제는 ${top[0].label}<#if top?size gt 2>, ${top[1].label}, ${top[2].label}</#if> 순임.</li>
    </#if>
    <#if recommendations?has_content>
      <li><b>정책과제(제5장)</b>: <#list recommendations as r>(${r.number}) ${r.title}<#sep>, </#list>.<#if recommendations?filter(r -> !r.supported)?has_content> 다만 일부 정책과제의 근거는 현재 분석 결과로 뒷받침되지 않으며, 제5장에 해당 과제를 표시함.</#if></li>
    </#if>
  </ul>
</box>

<toc/>
<pagebreak/>

<#-- ===================================================================== 제1장 -->
<h1 id="ch-intro">서 론</h1>
<h2 id="sec-background">연구의 배경</h2>
<p>인구와 기업, 연구역량이 수도권에 집중되면서 우리나라의 지역 간 격차는 점차 고착화되고 있다. 공공기관 지방 이전과 중앙정부 보조금 배분 등 그간의 균형발전 정책은 격차를 일부 완화하였으나, 지역 스스로 성장을 만들어 낼 역량을 갖추게 하는 데에는 한계가 있었다. 지속 가능한 지역성장은 점점 더 혁신, 즉 지역의 기업·대학·연구기관이 새로운 지식을 창출하고 활용하는 능력에 달려 있다.</p>
<p>재정분권은 같은 논의의 또 다른 축이다. 역대 정부는 사무와 재원을 지방으로 이양해 왔으며, 자체 재원의 확충과 세출 재량의 확대를 뜻하는 재정분권은 핵심 국정과제가 되었다. 그러나 이러한 재량의 확대가 지역혁신을 강화하는지, 그리고 혁신이 다시 지역성장을 높이는지는 실증적으로 규명되어야 할 문제임에도 정책은 대체로 이를 전제로 삼아 왔다.</p>
<h2 id="sec-purpose">연구의 목적</h2>
<p>이 연구는 두 논의를 연결하여 다음 세 가지 질문에 답하고자 한다.</p>
<ol>
  <li>재정자주도가 높고 지역혁신체계(R&amp;D 투자, 연구인력, 대학, 벤처기업)가 강한 지역일수록 특허 출원으로 측정한 혁신 성과가 큰가?</li>
  <li>혁신은 재정자주도와 함께 1인당 지역내총생산(GRDP) 성장률을 높이는가?</li>
  <li>지역 전문가들은 어떤 정책 항목에서 중요도와 현재 수준 간 격차가 가장 크다고 보며, 이는 정책에 어떤 시사점을 주는가?</li>
</ol>
<p>이를 토대로 분권 환경에서 혁신주도 지역성장을 실현하기 위한 3대 정책과제와 과제별 핵심 전략 및 정책을 도출한다.</p>
<h2 id="sec-scope">연구의 범위와 방법</h2>
<#if hasPatentSeries>
<p>공간적 범위는 전국 ${ps.unitsLast}개 시·도이며, 시간적 범위는 ${ps.firstPeriod?c}년부터 ${ps.lastPeriod?c}년까지이다. 세종특별자치시는 출범 이후부터 자료에 포함되므로 분석 자료는 불균형 패널이다.</p>
</#if>
<p>연구 방법은 다음과 같다.</p>
<ul>
  <li><b>문헌 연구</b>: 재정분권, 지역혁신체계, 혁신주도 성장에 관한 이론과 선행연구를 검토하여 분석틀을 설정함(제2장).</li>
  <li><b>국내 현황 및 해외 사례 분석</b>: 지역 통계와 지역혁신 정책이 발달한 국가의 사례를 분석함(제3장).</li>
  <li><b>계량 분석</b>: 지역 패널자료를 이용하여 특허 출원 건수에 대한 가산자료 회귀모형(포아송, 음이항, 일반화 음이항)과 1인당 지역내총생산 성장률에 대한 패널 GLS 모형을 추정함(제4장).</li>
  <#if hasSurvey>
  <li><b>전문가 조사</b>: 지역정책 전문가 ${fx.surveyFacts(sv).nText}명을 대상으로 ${fx.surveyFacts(sv).itemCount}개 정책 항목의 중요도와 현재 수준을 조사하고, 중요도-수행도 분석(IPA)과 보리치 요구도 지수로 분석함(제3장·제4장).</li>
  </#if>
</ul>

<#-- ===================================================================== 제2장 -->
<pagebreak/>
<h1 id="ch-theory">이론적 배경과 분석틀</h1>
<h2 id="sec-decentralization">재정분권과 지역혁신체계</h2>
<p>분권의 경제적 논거는 분권화 정리에 있다. 지역마다 선호와 여건이 다를 때, 이를 잘 아는 지방정부가 공공재를 공급하는 것이 중앙정부의 획일적 공급보다 효율적이라는 것이다(Oates, 1972). 재정분권은 여기에 유인의 논리를 더한다. 지역경제가 창출한 세입을 스스로 보유하는 정부는 지역경제에 투자할 유인을 갖지만, 이전재원에 의존하는 정부는 그렇지 않다.</p>
<p>지역혁신체계론은 이러한 재량이 혁신에 왜 중요한지를 설명한다(Cooke, 1992). 혁신은 지역 안의 기업, 대학, 연구기관, 공공부문이 제도와 네트워크를 공유하며 상호작용하는 과정에서 나타난다. 지방정부는 연구 투자, 산학협력 지원, 창업 육성, 인재 정착 지원 등을 통해 혁신체계를 강화할 수 있으나, 이는 재원과 권한이 있을 때에만 가능하다. 분권은 그 재량의 여지를 제공하고, 지역혁신체계는 그 재량으로 무엇을 할 수 있는지를 결정한다.</p>
<p>재정분권의 정도는 두 가지 지표로 측정한다. <b>재정자립도</b>는 예산 중 자체 재원이 차지하는 비중이며, <b>재정자주도</b>는 여기에 지방정부가 자율적으로 사용할 수 있는 일반재원성 이전재원을 더한 비중이다. 재정자주도는 지방세 세원의 크기보다 세출의 재량을 측정하므로, 지역이 독자적 전략을 추진할 수 있는 여지를 보다 잘 나타낸다.</p>
<h2 id="sec-growth-theory">혁신주도 성장</h2>
<p>내생적 성장이론은 새로운 아이디어를 장기 성장의 원동력으로 본다. 지식은 비경합적이므로 그 축적은 수확체감 없이 생산성을 높인다(Romer, 1990). 지역 차원에서 이는 지식을 창출하고 흡수하는 역량의 차이가 지속적인 성장 격차로 이어짐을 뜻한다. 특허 출원은 이러한 역량의 성과를 측정하는 가장 보편적인 지표로, 지역과 연도에 걸쳐 일관되게 집계되며 R&amp;D 투입과의 관계가 가산자료 모형으로 널리 분석되어 왔다(Hausman, Hall and Griliches, 1984).</p>
<p>따라서 혁신주도 성장은 두 단계로 이루어진다. 첫째, R&amp;D 투자·연구인력·대학·기업 등 지역의 투입 요소와 이를 활용할 제도적 재량이 혁신을 낳는다. 둘째, 혁신이 1인당 생산의 성장을 높인다. 이 연구의 분석틀은 이 두 단계를 따른다.</p>
<h2 id="sec-framework">분석틀</h2>
<p>연구 질문별로 이를 분석하는 자료와 방법을 정리하면 다음과 같다(<ref to="tab:framework"/>).</p>
<table kind="static" id="tab:framework" caption="연구의 분석틀" source="저자 작성.">
  <tr><th>분석 단계</th><th>연구 질문</th><th>자료</th><th>분석 방법</th></tr>
  <tr><td>혁신</td><td>재정자주도와 지역혁신 투입 요소는 특허 출원을 늘리는가?</td><td>지역 패널자료</td><td>포아송, 음이항(NB2), 일반화 음이항 회귀모형</td></tr>
  <tr><td>성장</td><td>혁신과 재정자주도는 1인당 지역내총생산 성장률을 높이는가?</td><td>지역 패널자료</td><td>지역별 이분산과 AR(1) 오차를 고려한 FGLS, 확률효과·고정효과 모형</td></tr>
  <tr><td>정책 수요</td><td>중요도와 현재 수준의 격차가 가장 큰 정책 항목은 무엇인가?</td><td>전문가 조사</td><td>대응표본 t검정, 보리치 요구도 지수, 중요도-수행도 분석</td></tr>
  <tr><td>정책 방안</td><td>중앙정부와 지방정부는 무엇을 해야 하는가?</td><td>위 분석 결과 종합</td><td>3대 정책과제와 핵심 전략 및 정책</td></tr>
</table>
<p>분석틀로부터 제4장에서 검증할 다음 세 가지 가설을 설정한다.</p>
<ul>
  <li><b>가설 1</b>: 다른 조건이 같다면 재정자주도가 높은 지역일수록 특허 출원이 많다.</li>
  <li><b>가설 2</b>: R&amp;D 투자, 연구인력, 대학, 벤처기업 등 지역혁신체계가 강할수록 특허 출원이 많다.</li>
  <li><b>가설 3</b>: 혁신과 재정자주도는 1인당 지역내총생산 성장률을 높인다.</li>
</ul>
<h2 id="sec-previous">선행연구와 분석모형의 선택</h2>
<p>특허 출원 건수는 음이 아닌 정수이며 분산이 평균보다 훨씬 크다. 포아송 회귀모형이 기본 모형이지만, 과대산포가 있으면 표준오차가 과소 추정된다. 음이항 모형(NB2)은 과대산포 모수를 추가하며, 일반화 음이항 모형은 과대산포가 관측된 특성에 따라 달라지도록 허용한다(Cameron and Trivedi, 2013). 이 연구에서는 과대산포가 특별·광역시와 도 사이에 다를 수 있도록 하였다.</p>
<p>지역 성장 패널자료는 지역 수가 적고 기간이 길며, 오차의 분산이 지역마다 다르고 시간에 걸쳐 상관되는 특성이 있다. 지역별 분산과 공통 AR(1) 과정을 고려한 실행가능 일반화최소제곱(FGLS)은 이 두 문제를 함께 다룬다(Parks, 1967). 다만 기간이 지역 수에 비해 짧으면 표준오차가 과소 추정될 수 있으므로(Beck and Katz, 1995), 확률효과 및 고정효과 추정치를 함께 제시하고 하우스만 검정으로 비교한다(Wooldridge, 2010).</p>

<#-- ===================================================================== 제3장 -->
<pagebreak/>
<h1 id="ch-situation">국내 현황, 해외 사례와 전문가 조사</h1>
<h2 id="sec-domestic">국내 현황</h2>
<#if results.descriptives?has_content>
<p>분석모형에 사용한 변수의 기초통계량은 다음과 같다(<ref to="tab:descriptives"/>)<#if synthetic><fn>이 보고서의 지역 자료는 현실적인 규모를 갖도록 문서화된 모형에서 생성한 합성 자료로, 공식 통계가 아니다.</fn></#if>.
<#if fx.hasDescriptive(panelData, "fiscal_autonomy")><#assign dfa = fx.descriptive(panelData, "fiscal_autonomy")> 재정자주도는 ${dfa.minText}%에서 ${dfa.maxText}% 사이(평균 ${dfa.meanText}%)에 분포하는</#if><#if fx.hasDescriptive(panelData, "fiscal_self_reliance")><#assign dfs = fx.descriptive(panelData, "fiscal_self_reliance")> 반면, 재정자립도는 ${dfs.minText}%에서 ${dfs.maxText}%까지 훨씬 넓게 분포한다. 이전재원이 자체 재원의 격차보다 세출 재량의 격차를 크게 줄이고 있음을 보여 준다</#if>.</p>
<table kind="descriptives" id="tab:descriptives" caption="분석 변수의 기초통계량" data="${panelData}" source="${sourceNote}"/>
</#if>
<#if hasPatentSeries>
<p>혁신 활동은 지역 간 편차가 매우 크다. ${ps.lastPeriod?c}년 인구 만 명당 특허 출원은 ${ps.top}에서 ${ps.topText}건으로 가장 많고 ${fx.particle(ps.second + "(" + ps.secondText + "건)", "이/가")} 뒤를 이은 반면, ${ps.bottom}에서는 ${ps.bottomText}건에 그쳤다(<ref to="fig:regions"/>). 전체 지역 평균은 ${ps.firstPeriod?c}년 ${ps.meanFirstText}건에서 ${ps.lastPeriod?c}년 ${ps.meanLastText}건으로 ${ps.meanChangePercentText}% ${ps.meanRising?then("증가", "감소")}하였다(<ref to="fig:trend"/>).</p>
<figure kind="regions" id="fig:regions" caption="시·도별 인구 만 명당 특허 출원(${ps.lastPeriod?c}년)" data="${panelData}" variable="patents_per_10k" alt="${ps.lastPeriod?c}년 시·도별 인구 만 명당 특허 출원을 나타낸 막대그래프로, ${ps.top}에서 가장 많고 ${ps.bottom}에서 가장 적다." source="${sourceNote}"/>
<figure kind="trend" id="fig:trend" caption="인구 만 명당 특허 출원 추이(${ps.firstPeriod?c}~${ps.lastPeriod?c}년)" data="${panelData}" variable="patents_per_10k" top="5" alt="인구 만 명당 특허 출원의 전체 지역 평균과 ${ps.lastPeriod?c}년 상위 5개 지역의 추이를 나타낸 선그래프." source="${sourceNote}">
  <note>전체 지역 평균과 최근 연도 기준 상위 5개 지역을 표시함.</note>
</figure>
</#if>
<#if fx.hasSeries(panelData, "rnd_intensity")>
<#assign rs = fx.series(panelData, "rnd_intensity")>
<p>R&amp;D 투자는 그 성과보다 더 집중되어 있다. ${rs.lastPeriod?c}년 지역내총생산 대비 R&amp;D 집약도는 ${fx.particle(rs.top + "(" + rs.topText + "%)", "과/와")} ${fx.particle(rs.second + "(" + rs.secondText + "%)", "이/가")} 가장 높고 ${fx.particle(rs.bottom + "(" + rs.bottomText + "%)", "이/가")} 가장 낮았다. 연구역량이 부족한 지역은 자체 예산만으로 이를 확충하기 어려우며, 이 점에서 재정분권과 혁신역량의 연계가 정책적으로 중요하다.</p>
</#if>
<#if fx.hasSeries(panelData, "grdp_growth")>
<#assign gs = fx.series(panelData, "grdp_growth")>
<p>${gs.lastPeriod?c}년 1인당 지역내총생산 성장률은 지역 평균 ${gs.meanLastText}%였으며, ${gs.bottom}(${gs.bottomText}%)부터 ${gs.top}(${gs.topText}%)까지 분포하였다.</p>
</#if>

<h2 id="sec-overseas">해외 사례</h2>
<h3>독일: 연방제하의 지역혁신</h3>
<p>독일 연방제에서 주정부는 고등교육을 책임지며 연구·혁신 정책에서도 큰 역할을 담당한다. 주정부는 대학에 재정을 지원하고 자체 기술·클러스터 사업을 운영하며, 연방정부와 함께 대형 연구기관의 재원을 공동 부담한다. 따라서 지역혁신 전략은 권한과 재원을 함께 보유한 주정부가 설계하고, 연방정부의 사업은 그 위에 경쟁적 재원을 더하는 구조이다.</p>
<h3>스웨덴과 핀란드: 지역의 강점에 기반한 사업</h3>
<p>스웨덴의 혁신청(Vinnova)은 빈벡스트(VINNVÄXT)와 같은 장기 경쟁형 사업을 통해 기업·대학·공공기관이 지역의 공통 강점을 중심으로 구성한 협력체를 여러 해에 걸쳐 지원해 왔다. 핀란드의 전문성센터 사업도 지역별 전문 분야 클러스터를 선정하고 국가 재원을 지역의 책임 있는 참여와 연계하였다. 두 나라 모두 국가 차원의 선정·재정 지원과 지역의 기획·집행 주도를 결합하였다.</p>
<h3>경제협력개발기구(OECD): 지역혁신의 다층 거버넌스</h3>
<p>경제협력개발기구(OECD)의 지역혁신 정책 연구는 지역혁신 정책에 정부 간 조정이 필요함을 강조한다. 중앙정부는 제도적 기반을 마련하고 우수 분야에 재원을 지원하며, 지역은 지역 주체를 결집하고 정책 수단을 지역 여건에 맞추고, 정부 간 협약을 통해 목표를 일치시킨다는 것이다. 또한 지역의 강점과 무관하게 모든 지역에 동일한 클러스터나 기술 사업을 복제하는 것을 경계한다.</p>
<h3>시사점</h3>
<ul>
  <li>지역혁신 정책은 지역이 위임 사무가 아닌 실질적 권한과 재원을 가질 때 효과적임.</li>
  <li>단기·획일적 사업보다 지역 협력체에 대한 장기·경쟁적 지원이 역량을 더 잘 축적함.</li>
  <li>중앙정부와 지방정부가 목표·재원·평가를 공유하는 공식적 협력 장치가 필요함.</li>
</ul>

<#if hasSurvey>
<#assign so = fx.surveyFacts(sv)>
<h2 id="sec-survey-design">전문가 조사</h2>
<h3>조사 설계와 응답자</h3>
<p>지역정책 전문가 ${so.nText}명에게 ${so.itemCount}개 정책 항목에 대해 혁신주도 지역성장을 위한 중요도와 현재 수준을 각각 ${so.scaleMin}~${so.scaleMax}점 척도로 평가하도록 하였다.<#if hasGroups> 응답자의 ${fx.noun(groupings[0])}별 구성은 다음과 같다(<ref to="tab:respondents"/>).</#if> 전체 응답 중 ${so.blankAnswers}개(${so.blankPercentText}%)가 무응답이었으며, 항목별 분석에는 해당 항목의 중요도와 현재 수준에 모두 응답한 응답자를 사용하였다.</p>
<#if hasGroups>
<table kind="static" id="tab:respondents" caption="전문가 조사 응답자의 ${fx.noun(groupings[0])}별 구성" source="${sourceNote}">
  <tr><th>${fx.noun(groupings[0])}</th><th>응답자 수(명)</th><th>비중(%)</th></tr>
  <#list fx.groups(sv, groupings[0]) as g>
  <tr><td>${g.label}</td><td>${g.nText}</td><td>${g.shareText}</td></tr>
  </#list>
  <tr><td>합계</td><td>${so.nText}</td><td>100.0</td></tr>
</table>
</#if>
<#if so.hasReliability>
<p><#if so.reliable>두 척도의 내적 일관성은 양호하다. 크론바흐 알파 계수는 중요도 척도 ${so.alphaImportanceText}, 현재 수준 척도 ${so.alphaPerformanceText}이며, 두 값 모두 일반적으로 요구되는 0.7을 웃돈다.<#else>크론바흐 알파 계수는 중요도 척도 ${so.alphaImportanceText}, 현재 수준 척도 ${fx.particle(so.alphaPerformanceText, "으로/로")}, 적어도 한 척도가 일반적 기준인 0.7에 미치지 못하므로 척도 단위의 비교는 신중히 해석할 필요가 있다.</#if></p>
</#if>
<h3>정책 현황에 대한 인식</h3>
<#assign low = fx.itemsByPerformance(sv)>
<#assign high = fx.itemsByImportance(sv)>
<p>전문가들은 현재 수준이 가장 낮은 항목으로 ${low[0].label}(평균 ${low[0].performanceText}점), ${low[1].label}(${low[1].performanceText}점), ${fx.particle(low[2].label + "(" + low[2].performanceText + "점)", "을/를")} 꼽았으며, 가장 높은 항목은 ${low?last.label}(${low?last.performanceText}점)이었다. 중요도가 가장 높은 항목은 ${high[0].label}(${high[0].importanceText}점), ${high[1].label}(${high[1].importanceText}점), ${high[2].label}(${high[2].importanceText}점)이었다. 제4장에서는 두 평가를 결합하여 정책 요구도를 분석한다.</p>
</#if>

<#-- ===================================================================== 제4장 -->
<pagebreak/>
<h1 id="ch-analysis">실증분석</h1>
<#if !hasCount && !hasGrowth && !hasSurvey>
<p>분석 결과에 이 장에서 다루는 가산자료 모형, 성장 모형, 전문가 조사가 포함되어 있지 않다.</p>
</#if>
<#if hasCount>
<#assign cmr = fx.model(cm)>
<h2 id="sec-count">재정분권·지역혁신체계와 특허 출원</h2>
<h3>분석모형</h3>
<p><i>i</i> 지역 <i>t</i> 연도의 특허 출원 건수를 기댓값이 exp(<i>x</i>′<i>β</i>)인 가산자료로 모형화하였다. 설명변수 <i>x</i>는 ${f.join(cmr.regressors?map(t -> f.regressor(t)))}이다. 계수는 발생률비(IRR)로 해석하며, 이는 설명변수가 1단위 증가할 때 특허 출원 건수의 기댓값이 몇 배가 되는지를 나타낸다. 발생률비가 1보다 크면 특허 출원이 늘어남을 뜻한다. 분석에는 ${fx.particle(fx.observations(cmr.nobs), "을/를")} 사용하였다.</p>
<#if fx.hasTest(cm, "lrAlphaZero")>
<#assign od = fx.test(cm, "lrAlphaZero")>
<p>특허 출원 건수에는 뚜렷한 과대산포가 존재한다. α=0에 대한 우도비 검정 결과 χ²=${fx.particle(od.statisticText + "(" + f.pText(od.p) + ")", "으로/로")}, 포아송 모형은 추정치의 불확실성을 과소평가하므로 음이항 모형이 적합하다.<#if fx.hasTest(cm, "lrVsNb2")><#assign g2 = fx.test(cm, "lrVsNb2")> 일반화 음이항 모형은 과대산포가 <#list fx.model(cm).coefficients?filter(c -> c.equation == "lnalpha" && c.term != "_cons") as c>${f.noun(c.term)}<#sep>, </#list>에 따라 달라지도록 하였으며, 단일 α 모형 대비 우도비 검정 결과 χ²=${fx.particle(g2.statisticText + "(" + f.pText(g2.p) + ")", "으로/로")} <#if g2.level gt 0 && g2.level lte 5>과대산포가 유의하게 달라 일반화 음이항 모형을 최종 모형으로 선택하였다<#else>과대산포가 같다는 가설을 기각하지 못한다<#if countModels?filter(m -> m.estimator == "nb2")?has_content>. 따라서 NB2 모형으로도 충분하다</#if></#if>.</#if><#if fx.hasEffect(cm, "lnalpha", "metro")><#assign me = fx.effect(cm, "lnalpha", "metro")> 과대산포 방정식에서 특별·광역시 여부의 계수는 ${fx.particle(me.coefText + "(" + f.pText(me.p) + ")", "으로/로")}, <#if me.significant && !me.positive>특별·광역시의 특허 출원이 도 지역보다 기댓값 주위에서 덜 변동함을 뜻한다<#elseif me.significant>특별·광역시의 특허 출원이 도 지역보다 기댓값 주위에서 더 크게 변동함을 뜻한다<#else>과대산포는 특별·광역시와 도 사이에 유의한 차이가 없다</#if>.</#if></p>
</#if>
<h3>분석 결과</h3>
<p>가산자료 모형의 추정 결과를 발생률비로 제시하고(<ref to="tab:count"/>), ${fx.modelName(cm)} 모형의 발생률비와 95% 신뢰구간을 그림으로 나타내었다(<ref to="fig:irr"/>).</p>
<table kind="regression" id="tab:count" caption="${fx.noun(cmr.dependent)}에 대한 가산자료 모형 추정 결과(발생률비)" models="${ids(countModels)}" stats="nobs,logLikelihood,alpha,aic,bic,pseudoR2" irr="true" source="${calcSource}"/>
<figure kind="irr" id="fig:irr" caption="${fx.modelName(cm)} 모형의 발생률비" model="${cm}" alt="${fx.modelName(cm)} 모형의 발생률비와 95% 신뢰구간을 나타낸 계수 그림으로, 1보다 크면 특허 출원이 많아짐을 뜻한다." source="${calcSource}">
  <note>점은 발생률비, 선은 95% 신뢰구간이며, 세로선은 발생률비 1(효과 없음)을 나타냄.</note>
</figure>
<p>${fx.modelName(cm)} 모형의 추정 결과는 다음과 같다.</p>
<ul>
  <#list fx.effects(cm) as e>
  <li><@f.effect e/></li>
  </#list>
</ul>
<#if fx.hasEffect(cm, "main", "fiscal_autonomy")>
<#assign fa = fx.effect(cm, "fiscal_autonomy")>
<p><#if fa.significant && fa.positive>가설 1은 채택된다. 자체 재원의 규모가 아니라 세출의 재량이 혁신과 관련되어 있다.<#elseif fa.significant>가설 1은 기각된다. 재정자주도는 오히려 특허 출원 감소와 관련되어 있다.<#else>가설 1은 지지되지 않는다. 재정자주도의 효과는 통계적으로 유의하지 않다.</#if><#if fx.hasEffect(cm, "main", "fiscal_self_reliance")><#assign fs = fx.effect(cm, "fiscal_self_reliance")><#if !fs.significant> 재정자주도와 혁신 투입 요소를 통제하면 재정자립도는 유의한 설명력을 갖지 않는다. 혁신에 중요한 것은 재원의 출처가 아니라 재원을 활용할 재량이다.</#if></#if></p>
</#if>
<#assign ris = f.significantTerms(cm, true)?filter(n -> n != fx.noun("fiscal_autonomy"))>
<#if ris?has_content>
<p>가설 2는 ${f.join(ris)}에 대해 채택된다. 지역혁신체계의 투입 요소가 혁신 성과를 높인다.</p>
</#if>
</#if>

<#if hasGrowth>
<#assign gmr = fx.model(gm)>
<h2 id="sec-growth">혁신·재정분권과 지역성장</h2>
<h3>분석모형</h3>
<#assign gh = f.headline(panelModels?map(m -> m.id))>
<p>${f.modelSentence(gm)} ${gh.reason}<#if panelModels?size gt 1> 나머지 추정치(<#list panelModels?filter(m -> m.id != gm) as m>${fx.modelName(m.id)}<#sep>, </#list>)는 비교를 위해 함께 제시한다.</#if></p>
<#assign diag = []>
<#list panelModels as m>
  <#if !diag?seq_contains("wooldridge") && fx.hasTest(m.id, "wooldridge_serial_correlation")><#assign diag = diag + ["wooldridge"]><#assign wt = fx.test(m.id, "wooldridge_serial_correlation")></#if>
  <#if !diag?seq_contains("hetero") && fx.hasTest(m.id, "modified_wald_groupwise_heteroskedasticity")><#assign diag = diag + ["hetero"]><#assign ht = fx.test(m.id, "modified_wald_groupwise_heteroskedasticity")></#if>
</#list>
<#if diag?has_content>
<p><#if diag?seq_contains("hetero")><@f.testFinding ht/> </#if><#if diag?seq_contains("wooldridge")><@f.testFinding wt/></#if><#if fx.hasStat(gm, "rho") && gmr.estimator == "fgls"> 추정된 공통 AR(1) 계수는 ρ=${fx.stat(gm, "rho")}이다.</#if></p>
</#if>
<#list panelModels as m><#if fx.hasTest(m.id, "breusch_pagan_lm")><#assign bp = fx.test(m.id, "breusch_pagan_lm")></#if></#list>
<#if bp??>
<p><@f.testFinding bp/></p>
</#if>
<#if hausmanModel?has_content>
<#assign ht2 = fx.test(hausmanModel, "hausman")>
<p><@f.testFinding ht2/></p>
</#if>
<h3>분석 결과</h3>
<p>각 모형의 추정 결과와 설정 검정 결과는 다음과 같다(<ref to="tab:growth"/>, <ref to="tab:growth-tests"/>).</p>
<table kind="regression" id="tab:growth" caption="${fx.noun(gmr.dependent)}에 대한 패널모형 추정 결과" models="${ids(panelModels)}" stats="nobs,units,sigma_u,sigma_e,r2_within,r2_overall" source="${calcSource}">
  <#if fx.hasStat(gm, "rho") && gmr.estimator == "fgls"><note>${fx.modelName(gm)}: 공통 AR(1) 계수 ρ=${fx.stat(gm, "rho")}.</note></#if>
</table>
<table kind="tests" id="tab:growth-tests" caption="패널모형의 설정 검정" models="${ids(panelModels)}" source="${calcSource}"/>
<p>${fx.modelName(gm)} 모형의 추정 결과는 다음과 같다.</p>
<ul>
  <#list fx.effects(gm) as e>
  <li><@f.effect e/></li>
  </#list>
</ul>
<#assign gpos = f.significantTerms(gm, true)>
<#assign agree = true>
<#list panelModels as m>
  <#list fx.effects(gm) as e>
    <#if fx.hasEffect(m.id, "main", e.term)><#assign o = fx.effect(m.id, e.term)><#if o.significant != e.significant || o.positive != e.positive><#assign agree = false></#if></#if>
  </#list>
</#list>
<p><#if gpos?has_content>가설 3은 ${f.join(gpos)}에 대해 채택된다.<#else>가설 3은 지지되지 않는다.</#if> <#if panelModels?size gt 1><#if agree>나머지 추정치도 부호와 유의성이 같아, 결과는 추정방법에 따라 달라지지 않는다.<#else>추정방법에 따라 부호나 유의성이 달라지므로 결과 해석에 유의가 필요하다.</#if></#if></p>
</#if>

<#if results.scenarios?has_content>
<h2 id="sec-scenarios">정책 시나리오 분석</h2>
<p>추정된 모형에 변화된 조건을 적용하여, 관측값에 따른 예측값과 변화를 적용한 예측값, 그 차이와 변화율을 95% 신뢰구간과 함께 제시함.</p>
<#list results.scenarios as s>
<table kind="scenarios" id="tab:scenario-${s.id}" scenario="${s.id}" caption="시나리오 ${s?counter}: ${fx.modelName(s.model)} 모형의 ${fx.noun(s.dependent)}" source="${calcSource}"/>
</#list>
</#if>

<#if hasSurvey>
<h2 id="sec-survey-analysis">전문가 조사로 본 정책 수요</h2>
<h3>보리치 요구도 분석</h3>
<#assign ranked = fx.rankedItems(sv)>
<p>보리치 요구도 지수는 중요도와 현재 수준의 격차에 중요도를 가중한 것으로, 전문가들이 중요하게 여기는 항목의 격차를 더 크게 반영한다(Borich, 1980). 항목별 요구도 순위는 다음과 같다(<ref to="tab:needs"/>). 요구도가 가장 높은 항목은 ${ranked[0].label}(지수 ${ranked[0].borichText}, 격차 ${ranked[0].gapText}), ${ranked[1].label}(${ranked[1].borichText}), ${ranked[2].label}(${ranked[2].borichText})이다. <#assign nsig = ranked?filter(i -> i.gapSignificant && i.gapPositive)>전체 ${ranked?size}개 항목 중 ${nsig?size}개 항목에서 격차가 양(+)이며 통계적으로 유의하다<#assign neg = ranked?filter(i -> !i.gapPositive)><#if neg?has_content>. 반면 ${f.join(neg?map(i -> i.label))}의 경우 현재 수준이 중요도를 웃돈다</#if>.</p>
<table kind="survey-needs" id="tab:needs" caption="정책 항목별 중요도, 현재 수준과 요구도" survey="${sv}" source="${sourceNote}">
  <note>${so.scaleMin}~${so.scaleMax}점 척도의 평균이며, 격차는 중요도에서 현재 수준을 뺀 값임. t값은 격차에 대한 대응표본 t검정 결과이며 * p&lt;0.1, ** p&lt;0.05, *** p&lt;0.01임. 항목은 보리치 요구도 지수 순으로 정렬함.</note>
</table>
<h3>중요도-수행도 분석</h3>
<p>중요도-수행도 분석(IPA)은 전체 항목의 평균 중요도(${so.importanceGrandMeanText}점)와 평균 현재 수준(${so.performanceGrandMeanText}점)을 기준으로 각 항목을 네 사분면에 배치한다(Martilla and James, 1977; <ref to="fig:ipa"/>).</p>
<figure kind="ipa" id="fig:ipa" caption="정책 항목의 중요도-수행도 매트릭스" survey="${sv}" alt="정책 항목을 현재 수준(가로축)과 중요도(세로축)에 따라 배치하고 전체 평균을 기준으로 네 사분면으로 나눈 산점도." source="${sourceNote}"/>
<ul>
  <#list ["concentrate_here", "keep_up", "low_priority", "possible_overkill"] as q>
    <#assign qi = fx.quadrantItems(sv, q)>
    <#if qi?has_content>
    <li><b>${qi[0].quadrantText}</b>: ${f.join(qi?map(i -> i.label))}</li>
    </#if>
  </#list>
</ul>
<#assign conc = fx.quadrantItems(sv, "concentrate_here")>
<#if conc?has_content>
<p>‘집중 개선’ 영역의 항목은 중요하지만 현재 수준이 낮은 항목으로, 보리치 요구도 상위 항목과 대체로 일치하며 정책의 최우선 대상이다.<#assign over = fx.quadrantItems(sv, "possible_overkill")><#if over?has_content> ‘과잉 투입 지양’ 영역의 항목은 중요도에 비해 현재 수준이 높으므로, 재원을 확대하기보다 다른 분야로 재배분하는 방안을 검토할 필요가 있다.</#if></p>
</#if>
<#if hasGroups>
<#list groupings as gv>
<#assign gs = (gv?index == 0)?then("", "-" + gv)>
<#assign gn = fx.noun(gv)>
<h3>${gn}별 차이</h3>
<#assign ai = fx.significantAnova(sv, gv, "importance")>
<#assign ap = fx.significantAnova(sv, gv, "performance")>
<p>일원배치 분산분석으로 ${gn}에 따른 ${fx.groups(sv, gv)?size}개 집단의 평가를 비교하였다. <#if ai?has_content>중요도는 ${f.join(ai?map(a -> a.label))}에서 집단 간 차이가 유의하였으며(p&lt;0.05), 차이가 가장 큰 항목은 ${ai[0].label}(F=${ai[0].fText}, p${ai[0].pClauseText?replace(" ", "")})이다.<#else>중요도는 모든 항목에서 집단 간 차이가 유의하지 않았다.</#if> <#if ap?has_content>현재 수준은 ${so.itemCount}개 항목 중 ${ap?size}개 항목에서 집단 간 차이가 유의하여, 무엇이 중요한지에 대해서는 의견이 비슷하더라도 정책의 현재 상태에 대해서는 집단마다 평가가 다름을 보여 준다.<#else>현재 수준은 집단 간 차이가 유의하지 않았다.</#if> 집단별 평균은 <ref to="tab:groups-importance${gs}"/>와 <ref to="tab:groups-performance${gs}"/>에 제시하였다.</p>
<table kind="survey-groups" id="tab:groups-importance${gs}" caption="${gn}별 정책 항목의 중요도 평균" survey="${sv}" by="${gv}" measure="importance" source="${sourceNote}"><note>F값: 집단 간 일원배치 분산분석. *** p&lt;0.01, ** p&lt;0.05, * p&lt;0.1.</note></table>
<table kind="survey-groups" id="tab:groups-performance${gs}" caption="${gn}별 정책 항목의 현재 수준 평균" survey="${sv}" by="${gv}" measure="performance" source="${sourceNote}"><note>F값: 집단 간 일원배치 분산분석. *** p&lt;0.01, ** p&lt;0.05, * p&lt;0.1.</note></table>
</#list>
</#if>
</#if>

<#-- ===================================================================== 제5장 -->
<pagebreak/>
<h1 id="ch-policy">3대 정책과제와 핵심 전략 및 정책</h1>
<#if !recommendations?has_content>
<p>이 보고서에는 설정된 정책과제가 없다. 정책과제와 핵심 전략, 정책, 근거를 제시하려면 설정 파일에 정책과제 목록(recommendations)을 추가하여야 한다.</p>
<#else>
<h2 id="sec-policy-direction">정책 방향</h2>
<p>분석 결과는 하나의 방향을 가리킨다. 지역은 재원을 활용할 재량과 이를 지식으로 전환할 혁신체계를 갖출 때 더 많이 혁신하며, 혁신은 지역의 성장을 높인다. 아래의 정책과제는 이러한 연결고리에서 도출한 것이다. 과제별로 정책 이슈, 핵심 전략, 세부 정책을 제시하고, 각 과제가 근거로 삼는 분석 결과를 현재 결과와 대조하여 충족 여부를 표시하였다.</p>
<#list recommendations as r>
<h2 id="sec-rec-${r.id}">${r.title}</h2>
<box id="rec-${r.id}" role="recommendation" title="정책과제 ${r.number}. ${r.title}" status="${r.supported?then('ok', 'warning')}"<#if !r.supported> statusText="현재 근거로 뒷받침되지 않음"</#if>>
  <#if r.issue?has_content><p><b>정책 이슈</b>: ${r.issue}</p></#if>
  <#if r.strategies?has_content>
  <p><b>핵심 전략</b></p>
  <ol>
    <#list r.strategies as s><li>${s}</li></#list>
  </ol>
  </#if>
  <#if r.policies?has_content>
  <p><b>세부 정책</b></p>
  <ul>
    <#list r.policies as s><li>${s}</li></#list>
  </ul>
  </#if>
  <#if r.evidence?has_content>
  <p><b>분석 근거</b></p>
  <@f.evidenceList r/>
  </#if>
  <#if !r.supported>
  <p role="notice">현재 근거로 뒷받침되지 않음: <#list r.failing as o>${o.claim}(분석 결과 ${o.actual})<#sep>; </#list>. 이 과제는 채택 전에 재검토가 필요함.</p>
  </#if>
</box>
</#list>
</#if>
<h2 id="sec-limitations">연구의 한계와 향후 과제</h2>
<p>이 연구의 추정 결과는 지역 패널자료에서 나타난 관계로, 재정자주도와 혁신역량이 관측되지 않은 지역 여건에 함께 반응할 수 있으므로 인과관계를 입증하는 것은 아니다. 특허 출원은 혁신 성과의 한 측면만을 측정하며, 전문가 조사는 한 시점의 응답자 인식을 반영한다.<#if synthetic> 무엇보다 이 보고서의 자료는 합성 자료이므로, 분석 결과는 방법을 예시하는 것이며 정책에 활용하기 전에 공식 통계로 다시 추정하여야 한다.</#if></p>

<#-- ===================================================================== 참고문헌 -->
<pagebreak/>
<h1 id="references" numbered="false">참고문헌</h1>
<ul>
  <li>Beck, N. and Katz, J. N. (1995). What to do (and not to do) with time-series cross-section data. <i>American Political Science Review</i>, 89(3), 634–647.</li>
  <li>Borich, G. D. (1980). A needs assessment model for conducting follow-up studies. <i>Journal of Teacher Education</i>, 31(3), 39–42.</li>
  <li>Cameron, A. C. and Trivedi, P. K. (2013). <i>Regression Analysis of Count Data</i> (2nd ed.). Cambridge University Press.</li>
  <li>Cooke, P. (1992). Regional innovation systems: competitive regulation in the new Europe. <i>Geoforum</i>, 23(3), 365–382.</li>
  <li>Hausman, J., Hall, B. H. and Griliches, Z. (1984). Econometric models for count data with an application to the patents–R&amp;D relationship. <i>Econometrica</i>, 52(4), 909–938.</li>
  <li>Martilla, J. A. and James, J. C. (1977). Importance-performance analysis. <i>Journal of Marketing</i>, 41(1), 77–79.</li>
  <li>Oates, W. E. (1972). <i>Fiscal Federalism</i>. Harcourt Brace Jovanovich.</li>
  <li>OECD (2011). <i>Regions and Innovation Policy</i>. OECD Reviews of Regional Innovation. OECD Publishing.</li>
  <li>Parks, R. W. (1967). Efficient estimation of a system of regression equations when disturbances are both serially and contemporaneously correlated. <i>Journal of the American Statistical Association</i>, 62(318), 500–509.</li>
  <li>Romer, P. M. (1990). Endogenous technological change. <i>Journal of Political Economy</i>, 98(5), S71–S102.</li>
  <li>Wooldridge, J. M. (2010). <i>Econometric Analysis of Cross Section and Panel Data</i> (2nd ed.). MIT Press.</li>
</ul>

<#-- ===================================================================== 부록 -->
<pagebreak/>
<h1 id="appendix" numbered="false">부록: 자료와 분석 이력</h1>
<p>이 부록은 보고서의 모든 수치가 어디에서 왔는지를 기록하여 분석을 재현할 수 있도록 한다. 입력 자료 파일과 SHA-256 검증값(<ref to="tab:inputs"/>), 추정한 모형과 추정방법 및 수렴 여부(<ref to="tab:models"/>)를 정리하였다. <#if results.generatedBy??>분석 결과는 ${results.generatedBy.name} ${results.generatedBy.version} 버전으로<#if results.config?? && results.config.sha256??> <ref to="tab:inputs"/>의 설정 파일에 따라</#if> 산출하였다. <ref to="tab:models"/>에 제외 관측치가 표시되지 않은 한 제외된 관측치는 없으며, 모형 변수에 결측값이나 잘못된 값이 있으면 분석을 건너뛰지 않고 오류 메시지와 함께 중단한다.<#else>분석 결과 파일에 산출 프로그램이 기록되어 있지 않다.</#if><#if synthetic> 입력 자료는 문서화된 자료 생성 과정에 따라 난수 시드를 고정한 생성기로 만든 합성 자료(프로그램 소스의 data/README.md 참조)이며, 공식 통계가 아니고 실제 조사를 나타내지도 않는다.</#if></p>
<table kind="inputs" id="tab:inputs" caption="입력 자료"/>
<table kind="models" id="tab:models" caption="추정 모형"/>
</report>
