/** Immutable result records and the versioned results.json contract (writing, reading, schema). */
package org.policyreport.contract;
