/** Korean grammar the generated sentences need: particles that agree with the preceding word. */
package org.policyreport.report.korean;
