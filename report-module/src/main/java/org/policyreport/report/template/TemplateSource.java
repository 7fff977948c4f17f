package org.policyreport.report.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where templates come from: a folder on disk (the user's own) or the program's built-in set. */
public final class TemplateSource {
  private final Path directory;

  private TemplateSource(Path directory) {
    this.directory = directory;
  }

  /** The templates built into the program. */
  public static TemplateSource builtIn() {
    return new TemplateSource(null);
  }

  /** Templates in {@code directory} (which holds en/ and ko/). */
  public static TemplateSource folder(Path directory) {
    return new TemplateSource(directory);
  }

  public Path directory() {
    return directory;
  }

  public boolean isBuiltIn() {
    return directory == null;
  }

  /** A FreeMarker loader confined to this source's folder. */
  public freemarker.cache.TemplateLoader loader() {
    return directory != null
        ? ConfinedTemplateLoader.onDisk(directory)
        : ConfinedTemplateLoader.resources("templates");
  }

  /** A FreeMarker loader confined to this source's folder of one language ({@code en/}, ...). */
  public freemarker.cache.TemplateLoader loader(String language) {
    return directory != null
        ? ConfinedTemplateLoader.onDisk(directory.resolve(language))
        : ConfinedTemplateLoader.resources("templates/" + language);
  }

  public InputStream open(String name) throws IOException {
    if (directory != null) {
      return Files.newInputStream(directory.resolve(name));
    }
    InputStream in = TemplateSource.class.getClassLoader().getResourceAsStream("templates/" + name);
    if (in == null) {
      throw new java.io.FileNotFoundException("built-in template " + name + " is missing");
    }
    return in;
  }

  public String describe(String name) {
    return directory != null ? directory.resolve(name).toString() : "(built-in) templates/" + name;
  }
}
