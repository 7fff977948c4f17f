/**
 * The 17 시·도 of Korea under every name ministries write them (full, short, former, English,
 * administrative code), so that tables from different offices join on one id.
 */
package org.policyreport.analysis.region;
