/**
 * Briefs: one short document per panel unit, from an authored Markdown template processed like a
 * chapter, with the unit's profile against all units, its scenario results and the recommendations
 * most relevant to it.
 */
package org.policyreport.report.brief;
