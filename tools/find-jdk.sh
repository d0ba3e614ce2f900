# Sourced by the suite's scripts: exports JAVA_HOME as a JDK 21 or newer, found on this machine.
# Order: JAVA_HOME if it is new enough, then `java` on the PATH, then the JDKs under the usual folders.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}

is_jdk_21_or_newer() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local major
  major=$(java_major "$1")
  [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null
}

find_jdk() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && is_jdk_21_or_newer "$JAVA_HOME"; then
    echo "$JAVA_HOME"; return 0
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if is_jdk_21_or_newer "$candidate"; then echo "$candidate"; return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ /opt/java/*/ /opt/*jdk*/ "$HOME"/.sdkman/candidates/java/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    if is_jdk_21_or_newer "$candidate"; then echo "$candidate"; return 0; fi
  done
  return 1
}

if ! JAVA_HOME=$(find_jdk); then
  echo "No JDK 21 or newer found. Install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# Maven's own Guava uses sun.misc.Unsafe, which JDK 24 and newer warn about on every build.
if [ "$(java_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
fi
