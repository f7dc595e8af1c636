// Stylesheets are not part of component tests.
export default {};
