# The AWS CDK CLI, pinned (3.x tries the cloud metadata address): the deploy tests run `cdk synth` with it offline.

cdk_version=2.1148.1
cdk_dir=${WINKEL_CDK_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/winkel/aws-cdk-$cdk_version}

cdk_install() {
  [ -x "$cdk_dir/node_modules/.bin/cdk" ] && return
  mkdir -p "$cdk_dir"
  npm install --silent --no-audit --no-fund --prefix "$cdk_dir" "aws-cdk@$cdk_version"
}

cdk_start() {
  export WINKEL_TEST_CDK_CLI="$cdk_dir/node_modules/.bin/cdk"
  export CDK_DISABLE_CLI_TELEMETRY=true CDK_DISABLE_VERSION_CHECK=1 AWS_EC2_METADATA_DISABLED=true
  export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
  "$WINKEL_TEST_CDK_CLI" --version >/dev/null
}

cdk_stop() {
  :
}
