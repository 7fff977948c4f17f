<#ftl output_format="XML" strip_whitespace=true>
<#import "findings.ftl" as f>
<#--
  The English report. Numbers come from fx (Facts) and the generated tables and figures; the
  text around them is written here. Optional parts are guarded so that results with other models
  or without the survey still give a sensible report.
-->
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
<report subject="Decentralization, regional innovation systems and innovation-driven regional growth"
        summary="${hasCount?then('Fiscal autonomy and the inputs of regional innovation systems are associated with more patent applications; ', '')}${hasGrowth?then('innovation and fiscal autonomy are associated with faster growth of GRDP per capita; ', '')}three policy issues follow for decentralized, innovation-led regional growth.">

<titlepage<#if synthetic> notice="The data in this report are synthetic. They were generated to demonstrate the method and are not official statistics; the findings must not be cited as evidence about Korean regions."</#if>/>

<#-- ===================================================================== Executive summary -->
<h1 id="summary" numbered="false">Executive summary</h1>
<p role="lead">This study asks whether giving regions more fiscal and administrative room raises their capacity to innovate, and whether that innovation translates into regional growth. It combines a regional panel of patent applications and growth with a survey of regional policy experts and ends in three policy issues with core strategies and policies.</p>
<#if synthetic>
<p role="notice">All figures in this report come from synthetic data produced by a documented, seeded generator. They illustrate the analysis; they are not findings about Korean regions.</p>
</#if>
<box id="box-summary" role="summary" title="Key findings">
  <ul>
    <#if hasPatentSeries>
      <#assign ps = fx.series(panelData, "patents_per_10k")>
      <li><b>Domestic situation (Chapter 3).</b> Innovation activity is concentrated: in ${ps.lastPeriod?c}, ${ps.top} recorded ${ps.topText} patent applications per 10,000 residents, ${ps.topToBottomText} times the level of ${ps.bottom} (${ps.bottomText}).</li>
    </#if>
    <#if hasCount>
      <li><b>Innovation (Chapter 4).</b> <@f.keyFinding cm/>
        <#if fx.hasEffect(cm, "main", "fiscal_autonomy")><#assign fa = fx.effect(cm, "fiscal_autonomy")><#if fa.significant> <@f.effect fa/></#if></#if></li>
    </#if>
    <#if hasGrowth>
      <li><b>Growth (Chapter 4).</b> <@f.keyFinding gm/> <#list fx.effects(gm)?filter(e -> e.level gt 0 && e.level lte 5) as e><@f.effect e/> </#list></li>
    </#if>
    <#if hasSurvey>
      <#assign top = fx.rankedItems(sv)>
      <li><b>Expert survey (Chapters 3 and 4).</b> The ${fx.surveyFacts(sv).nText} experts rate importance above current performance for ${fx.surveyFacts(sv).positiveGaps} of ${fx.surveyFacts(sv).itemCount} policy items; the greatest needs by the Borich index are ${top[0].label?uncap_first}<#if top?size gt 2>, ${top[1].label?uncap_first} and ${top[2].label?uncap_first}</#if>.</li>
    </#if>
    <#if recommendations?has_content>
      <li><b>Policy issues (Chapter 5).</b> <#list recommendations as r>(${r.number}) ${r.title}<#sep>; </#list>.<#if recommendations?filter(r -> !r.supported)?has_content> The current evidence does not support every claim behind these recommendations; Chapter 5 marks the ones that fail.</#if></li>
    </#if>
  </ul>
</box>

<toc/>
<pagebreak/>

<#-- ===================================================================== Chapter 1 -->
<h1 id="ch-intro">Introduction</h1>
<h2 id="sec-background">Background of the study</h2>
<p>Regional disparities in Korea have become more persistent as population, firms and research capacity have concentrated in the capital region. Policies that relocate public institutions or distribute central grants have eased some of these gaps, but they have not by themselves given regions the capacity to generate growth from within. Growth that lasts depends increasingly on innovation: on the ability of a region’s firms, universities and research institutes to create new knowledge and put it to use.</p>
<p>Decentralization is a second strand of the same debate. Successive governments have shifted functions and revenues towards local governments, and fiscal decentralization — more own-source revenue and more discretion over spending — has become a central policy goal. Whether this added discretion strengthens regional innovation, and whether innovation in turn raises regional growth, is an empirical question that policy has so far answered mostly by assumption.</p>
<h2 id="sec-purpose">Purpose of the study</h2>
<p>The study links the two strands. It asks three questions:</p>
<ol>
  <li>Do regions with more fiscal autonomy, and with stronger regional innovation systems (R&amp;D spending, researchers, universities and venture firms), produce more innovation, measured by patent applications?</li>
  <li>Does innovation, together with fiscal autonomy, raise the growth of regional income per head?</li>
  <li>Where do regional experts see the largest gaps between the importance of policy items and their current performance, and what follows for policy?</li>
</ol>
<p>From the answers it derives three key policy issues, each with core strategies and concrete policies, for innovation-driven regional growth under decentralization.</p>
<h2 id="sec-scope">Scope and method</h2>
<#if hasPatentSeries>
<p>The spatial scope is the ${ps.unitsLast} metropolitan and provincial governments of Korea; the period runs from ${ps.firstPeriod?c} to ${ps.lastPeriod?c}. Sejong Special Self-Governing City enters the data when it was established, so the panel is unbalanced.</p>
</#if>
<p>The study uses four methods:</p>
<ul>
  <li><b>Literature review</b> of decentralization, regional innovation systems and innovation-driven growth, which yields the analysis framework (Chapter 2);</li>
  <li><b>Analysis of the domestic situation and overseas cases</b>, from regional statistics and from the policies of countries with strong regional innovation policy (Chapter 3);</li>
  <li><b>Econometric analysis</b> of a regional panel: count-data regressions (Poisson, negative binomial and generalized negative binomial) of patent applications, and panel GLS regressions of the growth of GRDP per capita (Chapter 4);</li>
  <#if hasSurvey>
  <li><b>A survey of ${fx.surveyFacts(sv).nText} regional policy experts</b> on the importance and current performance of ${fx.surveyFacts(sv).itemCount} policy items, analysed with importance-performance analysis (IPA) and the Borich needs index (Chapters 3 and 4).</li>
  </#if>
</ul>

<#-- ===================================================================== Chapter 2 -->
<pagebreak/>
<h1 id="ch-theory">Theoretical background and analysis framework</h1>
<h2 id="sec-decentralization">Decentralization and regional innovation systems</h2>
<p>The economic case for decentralization rests on the decentralization theorem: where preferences and conditions differ between places, local governments that know them can provide public goods more efficiently than a uniform central provision (Oates, 1972). Fiscal decentralization adds an incentive argument. A government that keeps the revenue its economy generates has a reason to invest in that economy; one that depends on transfers does not.</p>
<p>The regional innovation system (RIS) approach explains why such discretion matters for innovation (Cooke, 1992). Innovation emerges from the interaction of firms, universities, research institutes and public bodies within a region, shaped by shared institutions and networks. Regional governments can strengthen the system — by funding research, supporting university–industry links, nurturing start-ups and retaining skilled people — but only if they have the resources and the authority to act. Decentralization supplies that room; the regional innovation system determines what can be done with it.</p>
<p>Two fiscal indicators capture different aspects of decentralization. <b>Fiscal self-reliance</b> is the share of own-source revenue in the budget; <b>fiscal autonomy</b> adds general grants that local governments may spend at their own discretion. The second measures discretion rather than the size of the local tax base and is therefore the closer measure of the room to pursue regional strategies.</p>
<h2 id="sec-growth-theory">Innovation-driven growth</h2>
<p>Endogenous growth theory treats new ideas as the engine of long-run growth: knowledge is non-rival, so its accumulation raises productivity without diminishing returns (Romer, 1990). At the regional level this implies that differences in the capacity to create and absorb knowledge translate into persistent differences in growth. Patent applications are the most widely used measure of the output of that capacity: they are recorded consistently across regions and years, and their link to R&amp;D inputs has been studied extensively with count-data models (Hausman, Hall and Griliches, 1984).</p>
<p>Innovation-driven growth therefore runs in two steps. First, regional inputs — R&amp;D spending, researchers, universities and firms — and the institutional room to use them produce innovation. Second, innovation raises the growth of output per head. The analysis framework follows these two steps.</p>
<h2 id="sec-framework">Analysis framework</h2>
<p><ref to="tab:framework"/> sets out the framework: each research question, the data and method that answer it, and the part of the report where the answer appears.</p>
<table kind="static" id="tab:framework" caption="Analysis framework of the study" source="Compiled by the author.">
  <tr><th>Stage</th><th>Question</th><th>Data</th><th>Method</th></tr>
  <tr><td>Innovation</td><td>Do fiscal autonomy and regional innovation inputs raise patent applications?</td><td>Regional panel</td><td>Poisson, negative binomial (NB2) and generalized negative binomial regression</td></tr>
  <tr><td>Growth</td><td>Do innovation and fiscal autonomy raise the growth of GRDP per capita?</td><td>Regional panel</td><td>Feasible GLS with heteroskedastic panels and AR(1) errors; random and fixed effects</td></tr>
  <tr><td>Policy demand</td><td>Which policy items show the largest gap between importance and performance?</td><td>Expert survey</td><td>Paired t test, Borich needs index, importance-performance analysis</td></tr>
  <tr><td>Policy</td><td>What should central and regional governments do?</td><td>All of the above</td><td>Three key policy issues with core strategies and policies</td></tr>
</table>
<p>The framework implies three hypotheses that Chapter 4 tests:</p>
<ul>
  <li><b>H1.</b> Regions with higher fiscal autonomy file more patent applications, other things being equal.</li>
  <li><b>H2.</b> Stronger regional innovation systems — more R&amp;D spending, researchers, universities and venture firms — raise patent applications.</li>
  <li><b>H3.</b> Innovation and fiscal autonomy raise the growth of GRDP per capita.</li>
</ul>
<h2 id="sec-previous">Previous empirical studies and the choice of models</h2>
<p>Patent counts are non-negative integers whose variance far exceeds their mean. The Poisson regression is the natural starting point, but overdispersion makes its standard errors too small; the negative binomial model (NB2) adds a dispersion parameter, and the generalized negative binomial model lets that dispersion differ with observed characteristics (Cameron and Trivedi, 2013). Here the dispersion may differ between metropolitan cities and provinces.</p>
<p>Regional growth panels have few regions, many years, errors that differ in variance between regions and errors that are correlated over time. Feasible generalized least squares with panel-specific variances and a common AR(1) process addresses both (Parks, 1967), although its standard errors can be optimistic when the number of years is small relative to the number of regions (Beck and Katz, 1995). Random- and fixed-effects estimates serve as robustness checks, and a Hausman test compares them (Wooldridge, 2010).</p>

<#-- ===================================================================== Chapter 3 -->
<pagebreak/>
<h1 id="ch-situation">Domestic situation, overseas cases and the expert survey</h1>
<h2 id="sec-domestic">Domestic situation</h2>
<#if results.descriptives?has_content>
<p><ref to="tab:descriptives"/> summarises the variables of the models<#if synthetic><fn>The regional data in this report are synthetic: they were generated from a documented model with realistic orders of magnitude, for demonstration. They are not official statistics.</fn></#if>.
<#if fx.hasDescriptive(panelData, "fiscal_autonomy")><#assign dfa = fx.descriptive(panelData, "fiscal_autonomy")> Fiscal autonomy ranges from ${dfa.minText} % to ${dfa.maxText} % (mean ${dfa.meanText} %)</#if><#if fx.hasDescriptive(panelData, "fiscal_self_reliance")><#assign dfs = fx.descriptive(panelData, "fiscal_self_reliance")>, while fiscal self-reliance ranges far more widely, from ${dfs.minText} % to ${dfs.maxText} %: grants narrow the gaps in discretion much more than the gaps in own revenue</#if>.</p>
<table kind="descriptives" id="tab:descriptives" caption="Descriptive statistics of the model variables" data="${panelData}" source="${sourceNote}"/>
</#if>
<#if hasPatentSeries>
<p>Innovation activity is highly concentrated. In ${ps.lastPeriod?c}, ${ps.top} recorded ${ps.topText} patent applications per 10,000 residents and ${ps.second} ${ps.secondText}, against ${ps.bottomText} in ${ps.bottom} (<ref to="fig:regions"/>). The mean across regions ${ps.meanRising?then("rose", "fell")} from ${ps.meanFirstText} in ${ps.firstPeriod?c} to ${ps.meanLastText} in ${ps.lastPeriod?c}, ${ps.meanRising?then("an increase", "a decrease")} of ${ps.meanChangePercentText} % (<ref to="fig:trend"/>).</p>
<figure kind="regions" id="fig:regions" caption="Patent applications per 10,000 residents by region, ${ps.lastPeriod?c}" data="${panelData}" variable="patents_per_10k" alt="Bar chart of patent applications per 10,000 residents by region in ${ps.lastPeriod?c}, from ${ps.top} (highest) to ${ps.bottom} (lowest)." source="${sourceNote}"/>
<figure kind="trend" id="fig:trend" caption="Patent applications per 10,000 residents, ${ps.firstPeriod?c}–${ps.lastPeriod?c}" data="${panelData}" variable="patents_per_10k" top="5" alt="Line chart of patent applications per 10,000 residents over time: the mean of all regions and the five regions with the highest values in ${ps.lastPeriod?c}." source="${sourceNote}">
  <note>The mean of all regions and the five regions with the highest values in the last year.</note>
</figure>
</#if>
<#if fx.hasSeries(panelData, "rnd_intensity")>
<#assign rs = fx.series(panelData, "rnd_intensity")>
<p>R&amp;D spending is even more concentrated than its output. In ${rs.lastPeriod?c}, R&amp;D intensity was highest in ${rs.top} (${rs.topText} % of GRDP) and ${rs.second} (${rs.secondText} %) and lowest in ${rs.bottom} (${rs.bottomText} %). Regions that lack research capacity cannot easily build it from their own budgets, which is why the links between decentralization and innovation capacity matter for policy.</p>
</#if>
<#if fx.hasSeries(panelData, "grdp_growth")>
<#assign gs = fx.series(panelData, "grdp_growth")>
<p>Growth of GRDP per capita averaged ${gs.meanLastText} % across regions in ${gs.lastPeriod?c}, ranging from ${gs.bottomText} % in ${gs.bottom} to ${gs.topText} % in ${gs.top}.</p>
</#if>

<h2 id="sec-overseas">Overseas cases</h2>
<h3>Germany: regional innovation under federalism</h3>
<p>In Germany’s federal system the Länder are responsible for higher education and carry much of the responsibility for research and innovation policy. They fund universities, run their own technology and cluster programmes, and co-finance the large research organisations together with the federal government. Regional innovation strategies are therefore designed by governments that hold both the competences and a share of the resources to implement them, while federal programmes add competitive funding on top.</p>
<h3>Sweden and Finland: programmes built on regional strengths</h3>
<p>Sweden’s innovation agency Vinnova has supported regional innovation systems through long-term competitive programmes such as VINNVÄXT, which fund regional partnerships of firms, universities and public bodies around a shared strength over many years. Finland’s Centre of Expertise programme similarly selected regional clusters of expertise and tied national funding to regional commitment. Both countries combine national selection and funding with regional leadership in design and delivery.</p>
<h3>OECD: multi-level governance of regional innovation</h3>
<p>The OECD’s work on regions and innovation policy stresses that regional innovation policy needs coordination across levels of government: central governments set framework conditions and fund excellence, regions mobilise local actors and tailor instruments, and contracts or agreements between levels align their goals. Its reviews also warn against copying the same cluster or technology programme in every region regardless of its strengths.</p>
<h3>Lessons for Korea</h3>
<ul>
  <li>Regional innovation policy works best where regions hold real competences and resources, not only delegated tasks.</li>
  <li>Long-term, competitive support for regional partnerships builds capacity better than short, uniform programmes.</li>
  <li>Central and regional governments need formal arrangements to share goals, funding and evaluation.</li>
</ul>

<#if hasSurvey>
<#assign so = fx.surveyFacts(sv)>
<h2 id="sec-survey-design">The expert survey</h2>
<h3>Design and respondents</h3>
<p>The survey asked ${so.nText} regional policy experts to rate ${so.itemCount} policy items twice on a ${so.scaleMin}–${so.scaleMax} scale: how important each item is for innovation-driven regional growth, and how well it is performing today.<#if hasGroups> <ref to="tab:respondents"/> shows the respondents by ${fx.noun(groupings[0])}.</#if> ${so.blankAnswers} answers (${so.blankPercentText} %) were left blank; each item is analysed on the respondents who rated both its importance and its performance.</p>
<#if hasGroups>
<table kind="static" id="tab:respondents" caption="Respondents of the expert survey by ${fx.noun(groupings[0])}" source="${sourceNote}">
  <tr><th>Group</th><th>Respondents</th><th>Share (%)</th></tr>
  <#list fx.groups(sv, groupings[0]) as g>
  <tr><td>${g.label}</td><td>${g.nText}</td><td>${g.shareText}</td></tr>
  </#list>
  <tr><td>Total</td><td>${so.nText}</td><td>100.0</td></tr>
</table>
</#if>
<#if so.hasReliability>
<p><#if so.reliable>Both scales are internally consistent: Cronbach’s alpha is ${so.alphaImportanceText} for importance and ${so.alphaPerformanceText} for performance, above the conventional threshold of 0.7.<#else>Cronbach’s alpha is ${so.alphaImportanceText} for importance and ${so.alphaPerformanceText} for performance; at least one scale falls short of the conventional threshold of 0.7, so scale-level comparisons should be read with caution.</#if></p>
</#if>
<h3>Current conditions</h3>
<#assign low = fx.itemsByPerformance(sv)>
<#assign high = fx.itemsByImportance(sv)>
<p>The experts judge current performance to be weakest for ${low[0].label?uncap_first} (mean ${low[0].performanceText}), ${low[1].label?uncap_first} (${low[1].performanceText}) and ${low[2].label?uncap_first} (${low[2].performanceText}), and strongest for ${low?last.label?uncap_first} (${low?last.performanceText}). The items they consider most important are ${high[0].label?uncap_first} (${high[0].importanceText}), ${high[1].label?uncap_first} (${high[1].importanceText}) and ${high[2].label?uncap_first} (${high[2].importanceText}). Chapter 4 combines the two ratings into needs.</p>
</#if>

<#-- ===================================================================== Chapter 4 -->
<pagebreak/>
<h1 id="ch-analysis">Empirical analysis</h1>
<#if !hasCount && !hasGrowth && !hasSurvey>
<p>The results contain neither the count and growth models nor the expert survey that this chapter reports.</p>
</#if>
<#if hasCount>
<#assign cmr = fx.model(cm)>
<h2 id="sec-count">Decentralization, regional innovation systems and patent applications</h2>
<h3>Model</h3>
<p>The number of patent applications of region <i>i</i> in year <i>t</i> is modelled as a count with expected value exp(<i>x</i>′<i>β</i>), where <i>x</i> holds ${f.join(cmr.regressors?map(t -> f.regressor(t)))}. The coefficients are read as incidence-rate ratios (IRR): the factor by which the expected number of applications changes when a regressor rises by one unit, so that a ratio above 1 means more applications. The models use ${fx.observations(cmr.nobs)}.</p>
<#if fx.hasTest(cm, "lrAlphaZero")>
<#assign od = fx.test(cm, "lrAlphaZero")>
<p>The counts are strongly overdispersed. The likelihood-ratio test of α = 0 gives χ² = ${od.statisticText} (p ${fx.pClause(od.p)}), so the Poisson model understates the uncertainty of its estimates and the negative binomial models are preferred.<#if fx.hasTest(cm, "lrVsNb2")><#assign g2 = fx.test(cm, "lrVsNb2")> The generalized model lets the dispersion depend on <#list fx.model(cm).coefficients?filter(c -> c.equation == "lnalpha" && c.term != "_cons") as c>${f.noun(c.term)}<#sep>, </#list>; the test against a constant α gives χ² = ${g2.statisticText} (p ${fx.pClause(g2.p)}), so <#if g2.level gt 0 && g2.level lte 5>the dispersion differs significantly and the generalized model is the preferred specification<#else>a constant dispersion cannot be rejected<#if countModels?filter(m -> m.estimator == "nb2")?has_content> and the NB2 model would suffice</#if></#if>.</#if><#if fx.hasEffect(cm, "lnalpha", "metro")><#assign me = fx.effect(cm, "lnalpha", "metro")> The coefficient of metropolitan status in the dispersion equation is ${me.coefText} (p ${fx.pClause(me.p)}): <#if me.significant && !me.positive>patent counts vary less around their expected value in metropolitan cities than in provinces<#elseif me.significant>patent counts vary more around their expected value in metropolitan cities than in provinces<#else>the dispersion does not differ significantly between metropolitan cities and provinces</#if>.</#if></p>
</#if>
<h3>Results</h3>
<p><ref to="tab:count"/> reports the estimates as incidence-rate ratios, and <ref to="fig:irr"/> shows the ratios of the ${fx.modelName(cm)} model with their 95 % confidence intervals.</p>
<table kind="regression" id="tab:count" caption="Count models of ${fx.noun(cmr.dependent)} (incidence-rate ratios)" models="${ids(countModels)}" stats="nobs,logLikelihood,alpha,aic,bic,pseudoR2" irr="true" source="${calcSource}"/>
<figure kind="irr" id="fig:irr" caption="Incidence-rate ratios of the ${fx.modelName(cm)} model" model="${cm}" alt="Coefficient plot of the incidence-rate ratios of the ${fx.modelName(cm)} model with 95 % confidence intervals; a ratio above 1 means more patent applications." source="${calcSource}">
  <note>Points are incidence-rate ratios, lines 95 % confidence intervals; the vertical line marks a ratio of 1 (no effect).</note>
</figure>
<p>The ${fx.modelName(cm)} estimates give the following effects:</p>
<ul>
  <#list fx.effects(cm) as e>
  <li><@f.effect e/></li>
  </#list>
</ul>
<#if fx.hasEffect(cm, "main", "fiscal_autonomy")>
<#assign fa = fx.effect(cm, "fiscal_autonomy")>
<p><#if fa.significant && fa.positive>Hypothesis H1 is supported: discretion over spending, not the size of own revenue, goes with more innovation.<#elseif fa.significant>Hypothesis H1 is rejected: fiscal autonomy is associated with fewer patent applications.<#else>Hypothesis H1 is not supported: the effect of fiscal autonomy is not statistically significant.</#if><#if fx.hasEffect(cm, "main", "fiscal_self_reliance")><#assign fs = fx.effect(cm, "fiscal_self_reliance")><#if !fs.significant> Once fiscal autonomy and the innovation inputs are controlled for, fiscal self-reliance adds nothing significant; what matters for innovation is the discretion to use resources rather than where they come from.</#if></#if></p>
</#if>
<#assign ris = f.significantTerms(cm, true)?filter(n -> n != fx.noun("fiscal_autonomy"))>
<#if ris?has_content>
<p>Hypothesis H2 is supported for ${f.join(ris)}: the inputs of the regional innovation system raise innovation output.</p>
</#if>
</#if>

<#if hasGrowth>
<#assign gmr = fx.model(gm)>
<h2 id="sec-growth">Innovation, decentralization and regional growth</h2>
<h3>Model</h3>
<#assign gh = f.headline(panelModels?map(m -> m.id))>
<p>${f.modelSentence(gm)} ${gh.reason}<#if panelModels?size gt 1> The other estimates (<#list panelModels?filter(m -> m.id != gm) as m>${fx.modelName(m.id)}<#sep>, </#list>) serve for comparison.</#if></p>
<#assign diag = []>
<#list panelModels as m>
  <#if !diag?seq_contains("wooldridge") && fx.hasTest(m.id, "wooldridge_serial_correlation")><#assign diag = diag + ["wooldridge"]><#assign wt = fx.test(m.id, "wooldridge_serial_correlation")></#if>
  <#if !diag?seq_contains("hetero") && fx.hasTest(m.id, "modified_wald_groupwise_heteroskedasticity")><#assign diag = diag + ["hetero"]><#assign ht = fx.test(m.id, "modified_wald_groupwise_heteroskedasticity")></#if>
</#list>
<#if diag?has_content>
<p><#if diag?seq_contains("hetero")><@f.testFinding ht/> </#if><#if diag?seq_contains("wooldridge")><@f.testFinding wt/></#if><#if fx.hasStat(gm, "rho") && gmr.estimator == "fgls"> The estimated common AR(1) coefficient is ρ = ${fx.stat(gm, "rho")}.</#if></p>
</#if>
<#list panelModels as m><#if fx.hasTest(m.id, "breusch_pagan_lm")><#assign bp = fx.test(m.id, "breusch_pagan_lm")></#if></#list>
<#if bp??>
<p><@f.testFinding bp/></p>
</#if>
<#if hausmanModel?has_content>
<#assign ht2 = fx.test(hausmanModel, "hausman")>
<p><@f.testFinding ht2/></p>
</#if>
<h3>Results</h3>
<p><ref to="tab:growth"/> reports the estimates side by side and <ref to="tab:growth-tests"/> the specification tests.</p>
<table kind="regression" id="tab:growth" caption="Panel models of ${fx.noun(gmr.dependent)}" models="${ids(panelModels)}" stats="nobs,units,sigma_u,sigma_e,r2_within,r2_overall" source="${calcSource}">
  <#if fx.hasStat(gm, "rho") && gmr.estimator == "fgls"><note>${fx.modelName(gm)}: common AR(1) coefficient ρ = ${fx.stat(gm, "rho")}.</note></#if>
</table>
<table kind="tests" id="tab:growth-tests" caption="Specification tests of the panel models" models="${ids(panelModels)}" source="${calcSource}"/>
<p>In the ${fx.modelName(gm)} model:</p>
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
<p><#if gpos?has_content>Hypothesis H3 is supported for ${f.join(gpos)}.<#else>Hypothesis H3 is not supported.</#if> <#if panelModels?size gt 1><#if agree>The other estimates agree in sign and significance, so the result does not depend on the estimator.<#else>The estimators do not all agree in sign and significance; the result should be read with caution.</#if></#if></p>
</#if>

<#if results.scenarios?has_content>
<h2 id="sec-scenarios">What-if scenarios</h2>
<p>The fitted models are applied to changed conditions: for each ${fx.unitWord()}, the tables give the predicted outcome with the observed values and with the change, the difference and the change in percent, with 95% confidence intervals.</p>
<#list results.scenarios as s>
<table kind="scenarios" id="tab:scenario-${s.id}" scenario="${s.id}" caption="Scenario ${s?counter}: ${fx.modelName(s.model)} model of ${fx.noun(s.dependent)}" source="${calcSource}"/>
</#list>
</#if>

<#if hasSurvey>
<h2 id="sec-survey-analysis">Policy demand: the expert survey</h2>
<h3>Needs by the Borich index</h3>
<#assign ranked = fx.rankedItems(sv)>
<p>The Borich needs index weights the gap between importance and performance by the importance of the item, so that a gap on an item the experts care about counts more (Borich, 1980). <ref to="tab:needs"/> ranks the items. The greatest needs are ${ranked[0].label?uncap_first} (index ${ranked[0].borichText}, gap ${ranked[0].gapText}), ${ranked[1].label?uncap_first} (${ranked[1].borichText}) and ${ranked[2].label?uncap_first} (${ranked[2].borichText}). <#assign nsig = ranked?filter(i -> i.gapSignificant && i.gapPositive)>The gap is positive and significant for ${nsig?size} of ${ranked?size} items<#assign neg = ranked?filter(i -> !i.gapPositive)><#if neg?has_content>; for ${f.join(neg?map(i -> i.label?uncap_first))} performance exceeds importance</#if>.</p>
<table kind="survey-needs" id="tab:needs" caption="Importance, performance and needs of the policy items" survey="${sv}" source="${sourceNote}">
  <note>Means on a ${so.scaleMin}–${so.scaleMax} scale. t: paired t test of the gap; * p &lt; 0.1, ** p &lt; 0.05, *** p &lt; 0.01. Items are ranked by the Borich index.</note>
</table>
<h3>Importance-performance analysis</h3>
<p>Importance-performance analysis places each item against the mean importance (${so.importanceGrandMeanText}) and the mean performance (${so.performanceGrandMeanText}) of all items (Martilla and James, 1977; <ref to="fig:ipa"/>).</p>
<figure kind="ipa" id="fig:ipa" caption="Importance-performance matrix of the policy items" survey="${sv}" alt="Scatter plot of the policy items by current performance (horizontal) and importance (vertical), divided into four quadrants at the mean of all items." source="${sourceNote}"/>
<ul>
  <#list ["concentrate_here", "keep_up", "low_priority", "possible_overkill"] as q>
    <#assign qi = fx.quadrantItems(sv, q)>
    <#if qi?has_content>
    <li><b>${qi[0].quadrantText}:</b> ${f.join(qi?map(i -> i.label?uncap_first))}.</li>
    </#if>
  </#list>
</ul>
<#assign conc = fx.quadrantItems(sv, "concentrate_here")>
<#if conc?has_content>
<p>The items in the “Concentrate here” quadrant are important but perform poorly; they coincide largely with the items at the top of the Borich ranking and are the first candidates for policy.<#assign over = fx.quadrantItems(sv, "possible_overkill")><#if over?has_content> Items in the “Possible overkill” quadrant perform well relative to their importance; resources there could be redirected rather than expanded.</#if></p>
</#if>
<#if hasGroups>
<#list groupings as gv>
<#assign gs = (gv?index == 0)?then("", "-" + gv)>
<#assign gn = fx.noun(gv)>
<h3>Differences by ${gn}</h3>
<#assign ai = fx.significantAnova(sv, gv, "importance")>
<#assign ap = fx.significantAnova(sv, gv, "performance")>
<p>One-way analyses of variance compare the ratings of the ${fx.groups(sv, gv)?size} groups by ${gn}. <#if ai?has_content>The importance ratings differ significantly (p &lt; 0.05) for ${f.join(ai?map(a -> a.label?uncap_first))}<#if ai[0]??> — most strongly for ${ai[0].label?uncap_first} (F = ${ai[0].fText}, p ${ai[0].pClauseText})</#if>.<#else>The importance ratings do not differ significantly between groups for any item.</#if> <#if ap?has_content>The performance ratings differ significantly for ${ap?size} of ${so.itemCount} items, which shows that the groups judge the current state of policy differently even where they agree on what matters.<#else>The performance ratings do not differ significantly between groups.</#if> Tables <ref to="tab:groups-importance${gs}"/> and <ref to="tab:groups-performance${gs}"/> give the mean ratings of every group.</p>
<table kind="survey-groups" id="tab:groups-importance${gs}" caption="Mean importance of the policy items by ${gn}" survey="${sv}" by="${gv}" measure="importance" source="${sourceNote}"><note>F: one-way ANOVA across the groups. *** p&lt;0.01, ** p&lt;0.05, * p&lt;0.1.</note></table>
<table kind="survey-groups" id="tab:groups-performance${gs}" caption="Mean current performance of the policy items by ${gn}" survey="${sv}" by="${gv}" measure="performance" source="${sourceNote}"><note>F: one-way ANOVA across the groups. *** p&lt;0.01, ** p&lt;0.05, * p&lt;0.1.</note></table>
</#list>
</#if>
</#if>

<#-- ===================================================================== Chapter 5 -->
<pagebreak/>
<h1 id="ch-policy">Three key policy issues: core strategies and policies</h1>
<#if !recommendations?has_content>
<p>No recommendations were configured for this report. Add a <i>recommendations</i> list to the configuration to state the policy issues, their core strategies and policies, and the evidence each rests on.</p>
<#else>
<h2 id="sec-policy-direction">Policy direction</h2>
<p>The findings point in one direction: regions innovate more when they have the discretion to use their resources and the systems to turn resources into knowledge, and innovation raises their growth. The policy issues below follow from this chain. Each states the issue, the core strategies and the concrete policies, followed by the evidence it rests on, checked against the current results.</p>
<#list recommendations as r>
<h2 id="sec-rec-${r.id}">${r.title}</h2>
<box id="rec-${r.id}" role="recommendation" title="Policy issue ${r.number}: ${r.title}" status="${r.supported?then('ok', 'warning')}"<#if !r.supported> statusText="Not supported by the current evidence"</#if>>
  <#if r.issue?has_content><p><b>Issue.</b> ${r.issue}</p></#if>
  <#if r.strategies?has_content>
  <p><b>Core strategies</b></p>
  <ol>
    <#list r.strategies as s><li>${s}</li></#list>
  </ol>
  </#if>
  <#if r.policies?has_content>
  <p><b>Policies</b></p>
  <ul>
    <#list r.policies as s><li>${s}</li></#list>
  </ul>
  </#if>
  <#if r.evidence?has_content>
  <p><b>Evidence</b></p>
  <@f.evidenceList r/>
  </#if>
  <#if !r.supported>
  <p role="notice">Not supported by the current evidence: <#list r.failing as o>${o.claim} (found ${o.actual})<#sep>; </#list>. The recommendation should be reconsidered before it is adopted.</p>
  </#if>
</box>
</#list>
</#if>
<h2 id="sec-limitations">Limitations and further research</h2>
<p>The estimates describe associations in a regional panel; they support but do not prove causal effects, since fiscal autonomy and innovation capacity may both respond to unobserved regional conditions. Patent applications measure only one kind of innovation output, and the expert survey reflects the views of its respondents at one point in time.<#if synthetic> Above all, the data behind this edition are synthetic, so the findings illustrate the method and must be re-estimated on official data before they inform policy.</#if></p>

<#-- ===================================================================== References -->
<pagebreak/>
<h1 id="references" numbered="false">References</h1>
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

<#-- ===================================================================== Appendix -->
<pagebreak/>
<h1 id="appendix" numbered="false">Appendix: data and provenance</h1>
<p>This appendix records where every number in the report comes from, so that the analysis can be reproduced. <ref to="tab:inputs"/> lists the input files with their SHA-256 checksums, and <ref to="tab:models"/> the models with their estimators and convergence. <#if results.generatedBy??>The results were produced by ${results.generatedBy.name} version ${results.generatedBy.version}<#if results.config?? && results.config.sha256??> from the configuration listed in <ref to="tab:inputs"/></#if>. No observation was dropped unless <ref to="tab:models"/> says so: a missing or invalid value in a model variable stops the analysis with a message instead of being skipped silently.<#else>The results file does not name the program that produced it.</#if><#if synthetic> The input data are synthetic: a seeded generator made them from a documented data-generating process (data/README.md in the program’s sources). They are not official statistics and do not describe any real survey.</#if></p>
<table kind="inputs" id="tab:inputs" caption="Input files"/>
<table kind="models" id="tab:models" caption="Estimated models"/>
</report>
