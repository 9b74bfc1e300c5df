// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace RDS {
namespace Model {
class Parameter {
public:
  Parameter();

  inline const Aws::String &GetParameterName() const { return m_parameterName; }
  inline bool ParameterNameHasBeenSet() const { return m_parameterNameHasBeenSet; }
  inline void SetParameterName(const Aws::String &value) { m_parameterNameHasBeenSet = true; m_parameterName = value; }
  inline void SetParameterName(Aws::String &&value) { m_parameterNameHasBeenSet = true; m_parameterName = std::move(value); }
  inline void SetParameterName(const char *value) { m_parameterNameHasBeenSet = true; m_parameterName.assign(value); }
  inline Parameter &WithParameterName(const Aws::String &value) { SetParameterName(value); return *this; }
  inline Parameter &WithParameterName(Aws::String &&value) { SetParameterName(std::move(value)); return *this; }
  inline Parameter &WithParameterName(const char *value) { SetParameterName(value); return *this; }
  inline const Aws::String &GetParameterValue() const { return m_parameterValue; }
  inline bool ParameterValueHasBeenSet() const { return m_parameterValueHasBeenSet; }
  inline void SetParameterValue(const Aws::String &value) { m_parameterValueHasBeenSet = true; m_parameterValue = value; }
  inline void SetParameterValue(Aws::String &&value) { m_parameterValueHasBeenSet = true; m_parameterValue = std::move(value); }
  inline void SetParameterValue(const char *value) { m_parameterValueHasBeenSet = true; m_parameterValue.assign(value); }
  inline Parameter &WithParameterValue(const Aws::String &value) { SetParameterValue(value); return *this; }
  inline Parameter &WithParameterValue(Aws::String &&value) { SetParameterValue(std::move(value)); return *this; }
  inline Parameter &WithParameterValue(const char *value) { SetParameterValue(value); return *this; }
  inline const Aws::String &GetDescription() const { return m_description; }
  inline bool DescriptionHasBeenSet() const { return m_descriptionHasBeenSet; }
  inline void SetDescription(const Aws::String &value) { m_descriptionHasBeenSet = true; m_description = value; }
  inline void SetDescription(Aws::String &&value) { m_descriptionHasBeenSet = true; m_description = std::move(value); }
  inline void SetDescription(const char *value) { m_descriptionHasBeenSet = true; m_description.assign(value); }
  inline Parameter &WithDescription(const Aws::String &value) { SetDescription(value); return *this; }
  inline Parameter &WithDescription(Aws::String &&value) { SetDescription(std::move(value)); return *this; }
  inline Parameter &WithDescription(const char *value) { SetDescription(value); return *this; }
  inline const Aws::String &GetSource() const { return m_source; }
  inline bool SourceHasBeenSet() const { return m_sourceHasBeenSet; }
  inline void SetSource(const Aws::String &value) { m_sourceHasBeenSet = true; m_source = value; }
  inline void SetSource(Aws::String &&value) { m_sourceHasBeenSet = true; m_source = std::move(value); }
  inline void SetSource(const char *value) { m_sourceHasBeenSet = true; m_source.assign(value); }
  inline Parameter &WithSource(const Aws::String &value) { SetSource(value); return *this; }
  inline Parameter &WithSource(Aws::String &&value) { SetSource(std::move(value)); return *this; }
  inline Parameter &WithSource(const char *value) { SetSource(value); return *this; }
  inline const Aws::String &GetApplyType() const { return m_applyType; }
  inline bool ApplyTypeHasBeenSet() const { return m_applyTypeHasBeenSet; }
  inline void SetApplyType(const Aws::String &value) { m_applyTypeHasBeenSet = true; m_applyType = value; }
  inline void SetApplyType(Aws::String &&value) { m_applyTypeHasBeenSet = true; m_applyType = std::move(value); }
  inline void SetApplyType(const char *value) { m_applyTypeHasBeenSet = true; m_applyType.assign(value); }
  inline Parameter &WithApplyType(const Aws::String &value) { SetApplyType(value); return *this; }
  inline Parameter &WithApplyType(Aws::String &&value) { SetApplyType(std::move(value)); return *this; }
  inline Parameter &WithApplyType(const char *value) { SetApplyType(value); return *this; }
  inline const Aws::String &GetDataType() const { return m_dataType; }
  inline bool DataTypeHasBeenSet() const { return m_dataTypeHasBeenSet; }
  inline void SetDataType(const Aws::String &value) { m_dataTypeHasBeenSet = true; m_dataType = value; }
  inline void SetDataType(Aws::String &&value) { m_dataTypeHasBeenSet = true; m_dataType = std::move(value); }
  inline void SetDataType(const char *value) { m_dataTypeHasBeenSet = true; m_dataType.assign(value); }
  inline Parameter &WithDataType(const Aws::String &value) { SetDataType(value); return *this; }
  inline Parameter &WithDataType(Aws::String &&value) { SetDataType(std::move(value)); return *this; }
  inline Parameter &WithDataType(const char *value) { SetDataType(value); return *this; }
  inline const Aws::String &GetAllowedValues() const { return m_allowedValues; }
  inline bool AllowedValuesHasBeenSet() const { return m_allowedValuesHasBeenSet; }
  inline void SetAllowedValues(const Aws::String &value) { m_allowedValuesHasBeenSet = true; m_allowedValues = value; }
  inline void SetAllowedValues(Aws::String &&value) { m_allowedValuesHasBeenSet = true; m_allowedValues = std::move(value); }
  inline void SetAllowedValues(const char *value) { m_allowedValuesHasBeenSet = true; m_allowedValues.assign(value); }
  inline Parameter &WithAllowedValues(const Aws::String &value) { SetAllowedValues(value); return *this; }
  inline Parameter &WithAllowedValues(Aws::String &&value) { SetAllowedValues(std::move(value)); return *this; }
  inline Parameter &WithAllowedValues(const char *value) { SetAllowedValues(value); return *this; }
  inline bool GetIsModifiable() const { return m_isModifiable; }
  inline bool IsModifiableHasBeenSet() const { return m_isModifiableHasBeenSet; }
  inline void SetIsModifiable(bool value) { m_isModifiableHasBeenSet = true; m_isModifiable = value; }
  inline Parameter &WithIsModifiable(bool value) { SetIsModifiable(value); return *this; }

private:
  Aws::String m_parameterName;
  bool m_parameterNameHasBeenSet = false;
  Aws::String m_parameterValue;
  bool m_parameterValueHasBeenSet = false;
  Aws::String m_description;
  bool m_descriptionHasBeenSet = false;
  Aws::String m_source;
  bool m_sourceHasBeenSet = false;
  Aws::String m_applyType;
  bool m_applyTypeHasBeenSet = false;
  Aws::String m_dataType;
  bool m_dataTypeHasBeenSet = false;
  Aws::String m_allowedValues;
  bool m_allowedValuesHasBeenSet = false;
  bool m_isModifiable{false};
  bool m_isModifiableHasBeenSet = false;
};
} // namespace Model
} // namespace RDS
} // namespace Aws
