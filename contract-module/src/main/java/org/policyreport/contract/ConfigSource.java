package org.policyreport.contract;

/** The configuration an analysis ran with: how it was named and the SHA-256 of its bytes. */
public record ConfigSource(String path, String sha256) {}
