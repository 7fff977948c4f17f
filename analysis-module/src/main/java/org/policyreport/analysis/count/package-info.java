/** Count-data models of innovation activity: Poisson, NB2, generalized NB (gnbreg) and NB-P. */
package org.policyreport.analysis.count;
