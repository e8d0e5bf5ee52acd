# Sourced by ./mvnw, ./kansrijk and .ci/run: makes JAVA_HOME point at a JDK 21 or newer when the current
# one is older or unset, by looking in the usual install places. Leaves JAVA_HOME alone when it is fine, and
# leaves it unset when no JDK 21+ exists (the build then stops early with a clear message from the enforcer).
kansrijk_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
kansrijk_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(kansrijk_java_major "$JAVA_HOME"); [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null && return 0
  fi
  if [ -z "${JAVA_HOME:-}" ] && command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(kansrijk_java_major "$home"); if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$home"; return 0; fi
  fi
  best=""; bestv=0
  case $- in *f*) kansrijk_noglob=1; set +f ;; *) kansrijk_noglob=0 ;; esac
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$d/bin/javac" ] || continue
    v=$(kansrijk_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null && [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
  done
  [ "$kansrijk_noglob" = 1 ] && set -f
  if [ -n "$best" ]; then export JAVA_HOME="$best"; return 0; fi
  echo "kansrijk: no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}); install one and set JAVA_HOME" >&2
  return 1
}
kansrijk_find_jdk || true
