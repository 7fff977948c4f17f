package org.policyreport.report.template;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * The members a template may call: a whitelist, not a blacklist. Only public instance methods that
 * the program's template model declares itself (the result records of the contract, {@link Facts}
 * and its records, the report view and the recommendations) are visible; nothing declared by {@code
 * Object} or any other library class ({@code getClass()}, class loaders, threads, files), no
 * constructors and no fields. Lists, maps, strings, numbers and booleans reach templates as
 * FreeMarker's own values and expose no Java methods at all.
 */
final class TemplateAccessPolicy implements MemberAccessPolicy {
  static final TemplateAccessPolicy INSTANCE = new TemplateAccessPolicy();

  /** Packages whose public classes make up the documented template model. */
  private static final Set<String> PACKAGES =
      Set.of(
          "org.policyreport.contract",
          "org.policyreport.report.template",
          "org.policyreport.report.findings");

  /** Classes in those packages that are machinery, not template model. */
  private static final Set<Class<?>> EXCLUDED =
      Set.of(
          ReportContext.class,
          ReportBuilder.class,
          TemplateSource.class,
          Words.class,
          GeneratedBlocks.class,
          ReportXmlReader.class,
          Sandbox.class,
          ConfinedTemplateLoader.class,
          TemplateAccessPolicy.class);

  private static final ClassMemberAccessPolicy NOTHING =
      new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
          return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
          return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
          return false;
        }
      };

  private static final ClassMemberAccessPolicy MODEL =
      new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
          return isModelMethod(method);
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
          return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
          return false;
        }
      };

  private TemplateAccessPolicy() {}

  @Override
  public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
    return isModelClass(contextClass) ? MODEL : NOTHING;
  }

  /**
   * {@code toString()} stays visible so that {@code ${value}} of a model object prints it; it is
   * not a way out of the sandbox.
   */
  @Override
  public boolean isToStringAlwaysExposed() {
    return true;
  }

  static boolean isModelClass(Class<?> c) {
    return Modifier.isPublic(c.getModifiers())
        && PACKAGES.contains(c.getPackageName())
        && !EXCLUDED.contains(c)
        && (c.getEnclosingClass() == null || !EXCLUDED.contains(c.getEnclosingClass()));
  }

  static boolean isModelMethod(Method m) {
    Class<?> r = m.getReturnType();
    return Modifier.isPublic(m.getModifiers())
        && !Modifier.isStatic(m.getModifiers())
        && isModelClass(m.getDeclaringClass())
        && !Class.class.isAssignableFrom(r)
        && !ClassLoader.class.isAssignableFrom(r)
        && !r.getPackageName().startsWith("java.lang.reflect");
  }
}
