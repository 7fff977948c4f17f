/**
 * Immutable result records and the versioned results.json contract (writing, reading, schema), and
 * the bad-input error that both modules raise and the command line reports the same way.
 */
package org.policyreport.contract;
