#!/usr/bin/env bash
# Regenerates Bundle-ClassPath (and Export-Package of the library bundle) from the jars that
# bundles/org.polar4d.libs/fetch copied into lib/. Run after changing a library version:
#   ./mvnw -B -ntp -N -f bundles/org.polar4d.libs/fetch/pom.xml generate-resources && releng/update-lib-manifests.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# Packages of the embedded jars that Polar4D's bundles use (everything below these prefixes).
EXPORT_PREFIXES='^(io\.jhdf|org\.jtransforms|pl\.edu\.icm\.jlargearrays|org\.deeplearning4j|org\.nd4j|smile|org\.bytedeco|picocli|org\.slf4j)(\.|$)'

classpath_header() { # dir -> "Bundle-ClassPath: ..." folded manifest lines
  local dir=$1 first=$2
  local entries=("$first")
  while IFS= read -r jar; do entries+=("lib/$jar"); done < <(ls "$dir/lib" | grep '\.jar$' | sort)
  fold_header "Bundle-ClassPath" "${entries[@]}"
}

fold_header() { # name values... -> manifest header, one value per continuation line
  local name=$1; shift
  local out="$name: $1"; shift
  for v in "$@"; do out+=$',\n '"$v"; done
  printf '%s\n' "$out"
}

packages_of() { # dir -> sorted unique packages containing classes
  for jar in "$1"/lib/*.jar; do
    unzip -Z1 "$jar" | grep '\.class$' | grep -v '^META-INF/' | sed 's#/[^/]*$##' | tr / .
  done | sort -u
}

write_libs() {
  local dir=bundles/org.polar4d.libs
  mapfile -t pkgs < <(packages_of "$dir" | grep -E "$EXPORT_PREFIXES")
  {
    cat <<HDR
Manifest-Version: 1.0
Bundle-ManifestVersion: 2
Bundle-Name: Polar4D third-party libraries (DL4J, ND4J, Smile, jHDF, JTransforms, picocli)
Bundle-SymbolicName: org.polar4d.libs
Bundle-Version: 1.0.0.qualifier
Bundle-Vendor: Polar4D
Bundle-RequiredExecutionEnvironment: JavaSE-17
HDR
    classpath_header "$dir" "."
    fold_header "Export-Package" "${pkgs[@]}"
    fold_header "Import-Package" $(sed 's/$/;resolution:=optional/' releng/jdk-imports.txt)
  } > "$dir/META-INF/MANIFEST.MF"
}

write_fragment() { # dir os arch
  local dir=$1 os=$2 arch=$3
  {
    cat <<HDR
Manifest-Version: 1.0
Bundle-ManifestVersion: 2
Bundle-Name: Polar4D native libraries for $os $arch
Bundle-SymbolicName: $(basename "$dir")
Bundle-Version: 1.0.0.qualifier
Bundle-Vendor: Polar4D
Fragment-Host: org.polar4d.libs;bundle-version="[1.0.0,2.0.0)"
Bundle-RequiredExecutionEnvironment: JavaSE-17
Eclipse-PlatformFilter: (& (osgi.os=$os) (osgi.arch=$arch))
HDR
    local entries=()
    while IFS= read -r jar; do entries+=("lib/$jar"); done < <(ls "$dir/lib" | grep '\.jar$' | sort)
    fold_header "Bundle-ClassPath" "${entries[@]}"
  } > "$dir/META-INF/MANIFEST.MF"
}

write_libs
write_fragment bundles/org.polar4d.libs.linux.x86_64 linux x86_64
for f in win32.x86_64:win32:x86_64 macosx.x86_64:macosx:x86_64 macosx.aarch64:macosx:aarch64; do
  IFS=: read -r suffix os arch <<<"$f"
  d=bundles/org.polar4d.libs.$suffix
  if [ -d "$d/lib" ]; then write_fragment "$d" "$os" "$arch"; fi
done
echo "manifests updated"
