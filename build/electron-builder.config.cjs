// electron-builder configuration of the kiosk: Linux (AppImage, deb) and Windows (NSIS)
// packages that start on login, with Electron's fuses set so the packaged app cannot be
// turned into a general Node runtime or made to load code from outside its archive.
// `npm run dist` (build/dist.ts) runs it, adding for Linux a space-free install name and
// the deb's maintainer scripts (build/linux-scripts.ts); tests/unit/build/electron-builder-config.test.ts
// pins every value below and electron-builder-validation.test.ts runs electron-builder's own checks.
'use strict';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.bedsideguide.kiosk',
  productName: 'Bedside Guide',
  copyright: 'Bedside Guide contributors',
  directories: {
    buildResources: 'build',
    output: 'dist/packages',
  },
  // The main process and preload are bundled by esbuild (dependencies inlined), so the
  // archive holds only the build and the built-in content pack.
  files: [
    'package.json',
    'dist/electron/**',
    'dist/renderer/**',
    'renderer/content/default/**',
    '!**/node_modules/**',
  ],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    grantFileProtocolExtraPrivileges: false,
    enableCookieEncryption: true,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Education',
    executableName: 'bedside-guide',
    icon: 'build/icons',
    synopsis: 'Bedside kiosk that teaches hand expression of breast milk',
    desktop: {
      entry: {
        Name: 'Bedside Guide',
        Comment: 'Hand expression of breast milk, step by step',
        Categories: 'Education;MedicalSoftware;',
        // Autostarted from the deb's /etc/xdg/autostart entry (see build/linux/after-install.sh).
        'X-GNOME-Autostart-enabled': 'true',
      },
    },
  },
  // The deb target (fpm) refuses to build without a maintainer and a homepage (package.json).
  deb: {
    maintainer: 'Bedside Guide maintainers <maintainers@bedside-guide.example>',
    vendor: 'Bedside Guide',
    packageCategory: 'misc',
    priority: 'optional',
  },
  win: {
    target: ['nsis'],
    icon: 'build/icons/icon.png',
    executableName: 'BedsideGuide',
  },
  nsis: {
    oneClick: false,
    perMachine: true,
    allowToChangeInstallationDirectory: false,
    createDesktopShortcut: false,
    runAfterFinish: false,
    // Adds and removes the all-users Run key that starts the kiosk on login.
    include: 'build/windows/installer.nsh',
  },
};
