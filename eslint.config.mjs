import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import regexp from "eslint-plugin-regexp";

// The Office add-in rules (sync after load, no sync in a loop, …) are set for .ts files; the same
// block is applied to .tsx so the pane's components are held to them too.
const officeTypeScript = officeAddins.configs.react.find(
  (block) => block.rules?.["office-addins/call-sync-after-load"],
);

export default [
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/", "bin/"] },
  ...officeAddins.configs.react,
  { ...officeTypeScript, files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
    },
  },
  // Text arrives from anyone: no regular expression may take more than linear time on it.
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "regexp/no-misleading-capturing-group": "error",
    },
  },
  { files: ["**/*.mjs"], languageOptions: { ecmaVersion: 2022, sourceType: "module" } },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
