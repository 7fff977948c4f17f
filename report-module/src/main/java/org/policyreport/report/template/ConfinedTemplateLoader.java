package org.policyreport.report.template;

import freemarker.cache.TemplateLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads templates from one folder and nothing outside it: a folder on disk or a folder of the
 * program's resources. Names with {@code ..}, a drive or scheme ({@code :}), a backslash or a
 * leading slash that survived FreeMarker's normalization are refused, and on disk the real path
 * (symbolic links followed) must stay inside the real folder, so a link cannot lead out either.
 */
public final class ConfinedTemplateLoader implements TemplateLoader {
  private final Path directory;
  private final String resourceFolder;

  private ConfinedTemplateLoader(Path directory, String resourceFolder) {
    this.directory = directory;
    this.resourceFolder = resourceFolder;
  }

  /** Templates in a folder on disk. */
  public static ConfinedTemplateLoader onDisk(Path directory) {
    return new ConfinedTemplateLoader(directory.toAbsolutePath().normalize(), null);
  }

  /** Templates in a resource folder of the program (e.g. {@code templates}). */
  public static ConfinedTemplateLoader resources(String folder) {
    return new ConfinedTemplateLoader(null, folder.endsWith("/") ? folder : folder + "/");
  }

  /** A name that may be looked up at all: relative, inside the folder, no tricks. */
  static boolean isConfinedName(String name) {
    if (name.isEmpty()
        || name.startsWith("/")
        || name.contains("\\")
        || name.contains(":")
        || name.indexOf('\0') >= 0) {
      return false;
    }
    for (String part : name.split("/", -1)) {
      if (part.equals("..") || part.equals(".")) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    if (!isConfinedName(name)) {
      throw new IOException("template name '" + name + "' leaves the template folder");
    }
    if (directory == null) {
      String resource = resourceFolder + name;
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
        return in == null ? null : new Resource(resource, in.readAllBytes());
      }
    }
    Path p = directory.resolve(name).normalize();
    if (!p.startsWith(directory) || !Files.isRegularFile(p)) {
      return null;
    }
    Path real = p.toRealPath();
    if (!Files.exists(directory) || !real.startsWith(directory.toRealPath())) {
      throw new IOException("template '" + name + "' is a link to a file outside " + directory);
    }
    return real;
  }

  @Override
  public long getLastModified(Object source) {
    return -1;
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    if (source instanceof Resource) {
      return new InputStreamReader(
          new ByteArrayInputStream(((Resource) source).bytes()),
          java.nio.charset.Charset.forName(encoding));
    }
    return Files.newBufferedReader((Path) source, java.nio.charset.Charset.forName(encoding));
  }

  @Override
  public void closeTemplateSource(Object source) {
    // Nothing stays open: resources are read in full, files are opened by getReader.
  }

  /** A resource read in full; equality by name lets FreeMarker's cache recognise it. */
  private record Resource(String name, byte[] bytes) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Resource && ((Resource) o).name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
