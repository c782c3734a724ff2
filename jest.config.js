/** Jest: TypeScript through ts-jest; ESM-only packages (syllable and its helpers) are transformed too. */
const esmPackages = ["syllable", "pluralize", "normalize-strings"].join("|");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.[tj]sx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node",
          allowJs: true,
          jsx: "react-jsx",
          isolatedModules: true,
        },
      },
    ],
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmPackages})/)`],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
