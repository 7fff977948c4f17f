/**
 * The strict config reader both modules share: a YAML/JSON tree whose nodes name file and key in
 * every complaint, and which rejects keys that no part of the program asked for.
 */
package org.policyreport.contract.config;
