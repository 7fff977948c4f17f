/**
 * Model terms as written in the config ({@code log(x)}, {@code x^2}, {@code x:z}, {@code lag(x,
 * 1)}, {@code factor(x)}, period dummies) and the model frame: the columns a model uses, evaluated
 * on the rows it keeps after listwise deletion of missing values.
 */
package org.policyreport.analysis.terms;
