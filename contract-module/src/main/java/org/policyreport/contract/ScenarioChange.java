package org.policyreport.contract;

/**
 * One change of a scenario: {@code variable} is set to ({@code "set"}), increased by ({@code
 * "add"}) or multiplied by ({@code "multiply"}) {@code value}.
 */
public record ScenarioChange(String variable, String operation, double value) {}
