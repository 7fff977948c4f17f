/**
 * Seeded generators of the synthetic, illustrative default data (regional panel and expert survey)
 * shipped with the project.
 */
package org.policyreport.analysis.synthetic;
