package org.policyreport.contract;

/** One input data file: its config name, path, content hash and number of data rows. */
public record InputFile(String name, String path, String sha256, int rows) {}
